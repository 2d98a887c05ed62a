package dev.ivsinspector.model.doctor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every check's result for one configuration, and the most likely cause when something failed. */
public record DoctorReport(String configurationArn, String state, List<CheckResult> results) {

    public DoctorReport {
        results = List.copyOf(results);
    }

    /**
     * The finding that most likely explains a failure: the first failed check in {@link CheckId} order (the
     * bucket must exist before its region matters, and so on); else the first warning. Empty when all passed.
     */
    public Optional<CheckResult> mostLikelyCause() {
        return results.stream()
                .filter(r -> r.status() == CheckStatus.FAILED || r.status() == CheckStatus.WARNING)
                .min(Comparator.comparing((CheckResult r) -> r.status() == CheckStatus.FAILED ? 0 : 1)
                        .thenComparing(CheckResult::id));
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean allPassed() {
        return results.stream().allMatch(r -> r.status() == CheckStatus.PASSED);
    }
}
