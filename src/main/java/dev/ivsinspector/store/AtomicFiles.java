package dev.ivsinspector.store;

import dev.ivsinspector.i18n.Texts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new one, never half of it: the text goes
 * to a temporary file in the same directory (so the rename stays on one file system), is forced to disk, and
 * then replaces the target with one atomic rename. A crash or a full disk leaves the old file in place. Every
 * file the app writes goes through here.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        writeString(target, text, null);
    }

    /**
     * @param permissions the new file's POSIX permissions (from its creation on, so it is never readable by
     *                    others, whatever the umask), on file systems that have them; null for the default
     */
    public static void writeString(Path target, String text, Set<PosixFilePermission> permissions) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (isReadOnly(absolute)) {
            // The rename below would replace it regardless: a file made read-only on purpose is left as it is.
            throw new AccessDeniedException(absolute.toString(), null, Texts.text("files.readOnly"));
        }
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        boolean posix = permissions != null && directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp", attributes);
        try {
            if (posix) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network or FAT file systems cannot rename atomically; a plain replace is still all-or-nothing
                // for the content, since the complete temporary file is what gets moved.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** By its permission bits, not by access checks, which say "writable" to root whatever the bits are. */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }
}
