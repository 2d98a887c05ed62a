package dev.ivsinspector.aws;

import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.DoctorService;
import dev.ivsinspector.model.doctor.RecordingDoctor;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * {@link DoctorService} for the connection in use at the moment of each run: fresh S3, IAM and STS clients (and
 * credentials provider, so a new SSO sign-in counts), closed when the run ends.
 */
public final class SdkDoctorService implements DoctorService {
    private final Supplier<ConnectionSettings> settings;
    private final ResourceBundle text;

    public SdkDoctorService(Supplier<ConnectionSettings> settings, ResourceBundle text) {
        this.settings = settings;
        this.text = text;
    }

    @Override
    public DoctorReport examine(RecordingConfiguration configuration) {
        try (SdkDoctorProbes probes = new SdkDoctorProbes(settings.get())) {
            return new RecordingDoctor(probes, text).examine(configuration);
        }
    }
}
