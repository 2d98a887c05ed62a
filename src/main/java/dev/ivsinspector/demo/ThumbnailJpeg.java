package dev.ivsinspector.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the demo's recording thumbnails: a small JPEG (a few KB) with a coloured frame, the channel's name
 * and the UTC time the frame stands for, so a strip of them visibly moves through time.
 */
final class ThumbnailJpeg {
    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    /**
     * Every thumbnail is padded to this size with a JPEG comment, so a listing can give its size without
     * drawing it (drawing and encoding take milliseconds each).
     */
    static final int SIZE = 16 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private static final ThreadLocal<ImageWriter> WRITER =
            ThreadLocal.withInitial(() -> ImageIO.getImageWritersByFormatName("jpg").next());

    private ThumbnailJpeg() {
    }

    /** @param hue 0..1, the channel's colour */
    static byte[] draw(String channelName, Instant at, float hue) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // The light moves with the time of day, so neighbouring thumbnails differ.
            float shade = (at.getEpochSecond() % 3600) / 3600f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.55f, 0.35f + 0.3f * shade), WIDTH, HEIGHT,
                    Color.getHSBColor((hue + 0.12f) % 1f, 0.7f, 0.2f)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.5f, 0.9f));
            int x = (int) (40 + shade * (WIDTH - 80));
            g.fillOval(x - 18, HEIGHT - 70, 36, 36);
            g.setStroke(new BasicStroke(3));
            g.setColor(new Color(255, 255, 255, 180));
            g.drawRect(6, 6, WIDTH - 13, HEIGHT - 13);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString(TIME.format(at), 18, 62);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            g.drawString(DATE.format(at) + " UTC", 20, 88);
            g.drawString(channelName, 20, HEIGHT - 20);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        // One writer per thread: looking a writer up for every image costs as much as encoding it.
        ImageWriter writer = WRITER.get();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return padded(out.toByteArray());
    }

    /** Inserts a COM segment right after the start-of-image marker so the file is exactly {@link #SIZE} bytes. */
    static byte[] padded(byte[] jpeg) {
        int padding = SIZE - jpeg.length - 4;
        if (padding < 0 || padding > 65533) {
            throw new IllegalStateException("A demo thumbnail of " + jpeg.length + " bytes does not fit in " + SIZE);
        }
        byte[] out = new byte[SIZE];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((padding + 2) >> 8);
        out[5] = (byte) (padding + 2);
        java.util.Arrays.fill(out, 6, 6 + padding, (byte) ' ');
        System.arraycopy(jpeg, 2, out, 6 + padding, jpeg.length - 2);
        return out;
    }
}
