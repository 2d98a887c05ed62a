package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.CheckStatus;
import java.util.List;

/** One line of the doctor's tree: a check (with its status) or a detail under it (status null). */
public record DoctorLine(String text, CheckStatus status, List<DoctorLine> children) {

    public DoctorLine {
        children = List.copyOf(children);
    }

    static DoctorLine detail(String text) {
        return new DoctorLine(text, null, List.of());
    }
}
