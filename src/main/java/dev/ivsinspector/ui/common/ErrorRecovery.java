package dev.ivsinspector.ui.common;

import dev.ivsinspector.aws.ErrorKind;
import java.util.List;

/** Offers actions that can fix a failure, such as signing in again; the retry runs the failed action anew. */
public interface ErrorRecovery {

    ErrorRecovery NONE = (kind, retry) -> List.of();

    List<ErrorAction> actionsFor(ErrorKind kind, Runnable retry);
}
