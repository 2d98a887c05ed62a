package dev.ivsinspector.ui.common;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.model.DisplayText;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Writes the dialog for a failed call: texts per error kind from the messages bundle, details for support. */
public final class ErrorMessages {

    private final ResourceBundle bundle;

    public ErrorMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ErrorMessages load() {
        return new ErrorMessages(Messages.bundle());
    }

    /**
     * @param resource the ARN the call was about
     * @param region   the region the call went to
     */
    public ErrorReport describe(IvsCallException error, String resource, String region) {
        String operation = error.operation() == null ? bundle.getString("error.details.theCall") : error.operation();
        Object[] args = {resource, region, operation, "ivs:" + operation, shownMessage(error)};
        String prefix = "error." + error.kind().name() + ".";
        return new ErrorReport(text(prefix + "title", args), text(prefix + "header", args),
                text(prefix + "meaning", args), text(prefix + "action", args), details(error, resource, region));
    }

    /** The error's message as the dialog may show it: bidi controls visible, cut to a readable length. */
    private String shownMessage(IvsCallException error) {
        String message = DisplayText.visible(String.valueOf(error.getMessage()));
        return message.length() <= Bounds.DIALOG_TEXT_CHARS ? message
                : message.substring(0, Bounds.DIALOG_TEXT_CHARS) + "… "
                + new MessageFormat(bundle.getString("dialog.cut.note")).format(new Object[] {message.length()});
    }

    /**
     * A failure in one line, for messages shown in place rather than in a dialog: the service's error code and
     * message when AWS answered, else what went wrong on this side.
     */
    public static String reasonOf(Throwable error) {
        return error instanceof IvsCallException call && call.errorCode() != null
                ? call.errorCode() + ": " + DisplayText.shown(call.getMessage()) : DisplayText.shown(String.valueOf(error.getMessage()));
    }

    private String text(String key, Object[] args) {
        return new MessageFormat(bundle.getString(key)).format(args);
    }

    private String details(IvsCallException error, String resource, String region) {
        StringBuilder sb = new StringBuilder();
        line(sb, "operation", error.operation());
        line(sb, "resource", resource);
        line(sb, "region", region);
        line(sb, "errorCode", error.errorCode());
        line(sb, "httpStatus", error.httpStatus() == 0 ? null : Integer.toString(error.httpStatus()));
        line(sb, "requestId", error.requestId());
        line(sb, "message", DisplayText.visible(error.getMessage()));
        // A hostile endpoint can send megabytes of message; a dialog holding them runs the heap out.
        return DisplayText.cut(sb.toString().strip(), Bounds.DETAILS_TEXT_CHARS);
    }

    private void line(StringBuilder sb, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(bundle.getString("error.details." + labelKey)).append(": ").append(value).append('\n');
        }
    }
}
