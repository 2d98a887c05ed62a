package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingConfigurationArnTest {

    @ParameterizedTest
    @CsvSource({
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456, us-west-2, 123456789012, AbCdEf123456",
        "'  arn:aws:ivs:eu-west-1:000000000000:recording-configuration/a-b-c  ', eu-west-1, 000000000000, a-b-c",
        "arn:aws:ivs:ap-northeast-1:1:recording-configuration/X, ap-northeast-1, 1, X",
    })
    void parsesValidArnsAndTrimsWhiteSpace(String input, String region, String account, String id) {
        RecordingConfigurationArn arn = RecordingConfigurationArn.parse(input);

        assertThat(arn.region()).isEqualTo(region);
        assertThat(arn.accountId()).isEqualTo(account);
        assertThat(arn.resourceId()).isEqualTo(id);
        assertThat(arn.value()).isEqualTo(input.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                                          | Enter the ARN of a recording configuration",
        "'   '                                                                       | Enter the ARN of a recording configuration",
        "hello world                                                                 | This is not an ARN",
        "arn:aws:ivs:us-west-2:123456789012:channel/AbCdEf123456                     | ARN of an IVS channel",
        "arn:aws:ivs:us-west-2:123456789012:stream-key/AbCdEf123456                  | ARN of an IVS stream key",
        "arn:aws:ivs:us-west-2:123456789012:playback-key/AbCdEf123456                | ARN of an IVS playback key",
        "arn:aws:s3:::my-bucket                                                      | of the \"s3\" service, not of Amazon IVS",
        "arn:aws:ivschat:us-west-2:123456789012:room/AbCdEf123456                    | of the \"ivschat\" service",
        "arn:aws-cn:ivs:cn-north-1:123456789012:recording-configuration/AbC          | \"aws\" partition",
        "arn:aws:ivs:US-WEST-2:123456789012:recording-configuration/AbCdEf123456     | The region \"US-WEST-2\" is not valid",
        "arn:aws:ivs:us-west-2:12345678901x:recording-configuration/AbCdEf123456     | account id \"12345678901x\"",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/                 | no resource id",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Ab_Cd            | may contain only letters, digits and dashes",
        "arn:aws:ivs:us-west-2:123456789012:recording-configuration                  | no resource id",
        "arn:aws:ivs:us-west-2:123456789012:encoder-configuration/AbCdEf123456       | \"encoder-configuration\" is not a recording configuration",
    })
    void rejectsInvalidInputWithAnExplanationAndAnExample(String input, String expected) {
        assertThatThrownBy(() -> RecordingConfigurationArn.parse(input))
                .isInstanceOf(InvalidArnException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining(RecordingConfigurationArn.EXAMPLE);
    }

    @org.junit.jupiter.api.Test
    void theExampleIsASentenceOfItsOwn() {
        assertThat(RecordingConfigurationArn.problemWith("arn:aws:ivs:us-west-2:123456789012:channel/AbCdEf123456"))
                .contains("it uses. A recording-configuration ARN looks like " + RecordingConfigurationArn.EXAMPLE);
    }

    @ValueSource(ints = {129, 200})
    @ParameterizedTest
    void rejectsArnsLongerThanTheModelAllows(int length) {
        String prefix = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/";
        String input = prefix + "a".repeat(length - prefix.length());

        assertThat(RecordingConfigurationArn.problemWith(input)).contains("at most 128");
    }

    @org.junit.jupiter.api.Test
    void acceptsExactly128Characters() {
        String prefix = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/";
        String input = prefix + "a".repeat(128 - prefix.length());

        assertThat(RecordingConfigurationArn.problemWith(input)).isNull();
    }
}
