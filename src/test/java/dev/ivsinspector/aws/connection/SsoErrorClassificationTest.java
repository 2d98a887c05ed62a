package dev.ivsinspector.aws.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.SdkErrors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sso.auth.ExpiredTokenException;

/** The exact exceptions SDK 2.40.2 raises for SSO profiles (see SdkInteropTest) reach the UI as "sign in again". */
class SsoErrorClassificationTest {

    @Test
    void anExpiredLegacyTokenAsksForSignIn() {
        ExpiredTokenException e = ExpiredTokenException.builder().message("The SSO session associated with this profile"
                + " has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the"
                + " corresponding profile.").build();
        assertThat(SdkErrors.classify("GetRecordingConfiguration", e).kind()).isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
    }

    @Test
    void aMissingSessionTokenAsksForSignIn() {
        SdkClientException e = SdkClientException.create("Unable to load SSO token");
        assertThat(SdkErrors.classify("GetRecordingConfiguration", e).kind()).isEqualTo(ErrorKind.SSO_TOKEN_EXPIRED);
    }
}
