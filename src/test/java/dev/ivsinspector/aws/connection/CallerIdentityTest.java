package dev.ivsinspector.aws.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    @Test
    void assumedRoleShowsRoleAndSession() {
        assertThat(CallerIdentity.displayNameOf("arn:aws:sts::111122223333:assumed-role/ReadOnly/jane@example.com"))
                .isEqualTo("ReadOnly (jane@example.com)");
        assertThat(CallerIdentity.displayNameOf(
                "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123abcd/jane"))
                .isEqualTo("AWSReservedSSO_Admin_0123abcd (jane)");
    }

    @Test
    void usersShowTheirNameWithoutPath() {
        assertThat(CallerIdentity.displayNameOf("arn:aws:iam::111122223333:user/ci")).isEqualTo("ci");
        assertThat(CallerIdentity.displayNameOf("arn:aws:iam::111122223333:user/division/team/ci")).isEqualTo("ci");
        assertThat(CallerIdentity.displayNameOf("arn:aws-cn:iam::111122223333:user/ci")).isEqualTo("ci");
    }

    @Test
    void otherShapes() {
        assertThat(CallerIdentity.displayNameOf("arn:aws:iam::111122223333:root")).isEqualTo("root");
        assertThat(CallerIdentity.displayNameOf("arn:aws:sts::111122223333:federated-user/bob")).isEqualTo("bob");
        assertThat(CallerIdentity.displayNameOf("not-an-arn")).isEqualTo("not-an-arn");
        assertThat(CallerIdentity.displayNameOf(null)).isEmpty();
    }

    @Test
    void ofKeepsAccountAndArn() {
        CallerIdentity id = CallerIdentity.of("111122223333", "arn:aws:iam::111122223333:user/ci");
        assertThat(id).isEqualTo(new CallerIdentity("111122223333", "arn:aws:iam::111122223333:user/ci", "ci"));
    }
}
