package dev.ivsinspector.aws;

/** Thrown for user input that is not a recording-configuration ARN; the message is written for the user. */
public final class InvalidArnException extends IllegalArgumentException {
    public InvalidArnException(String message) {
        super(message);
    }
}
