package dev.ivsinspector.model.doctor;

import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Runs the recording doctor for one configuration with the connection in use; blocking, so call it off the FX thread. */
@FunctionalInterface
public interface DoctorService {
    DoctorReport examine(RecordingConfiguration configuration);
}
