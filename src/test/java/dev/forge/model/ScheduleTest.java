package dev.forge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Schedule reads EventBridge cron(...) and rate(...) and five-field cron, and translates between the cron forms. */
class ScheduleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // written                          | EventBridge                       | five-field ('-' for none)
        "cron(0 3 * * ? *)                  | cron(0 3 * * ? *)                 | 0 3 * * *",
        "cron(15 10 ? * MON-FRI *)          | cron(15 10 ? * MON-FRI *)         | 15 10 * * MON-FRI",
        "cron(0 8 1 JAN ? *)                | cron(0 8 1 JAN ? *)               | 0 8 1 JAN *",
        "cron(0 12 ? JUL WED *)             | cron(0 12 ? JUL WED *)            | 0 12 * JUL WED",
        "cron(0/15 9-17 ? * 2-6 *)          | cron(0/15 9-17 ? * 2-6 *)         | 0/15 9-17 * * 1-5",
        "cron(0 0 1,15 * ? *)               | cron(0 0 1,15 * ? *)              | 0 0 1,15 * *",
        "cron(0 0 ? * 1 *)                  | cron(0 0 ? * 1 *)                 | 0 0 * * 0",
        "cron(0 18 L * ? *)                 | cron(0 18 L * ? *)                | -",
        "cron(0 9 15W * ? *)                | cron(0 9 15W * ? *)               | -",
        "cron(0 9 ? * 6L *)                 | cron(0 9 ? * 6L *)                | -",
        "cron(0 9 ? * 2#1 *)                | cron(0 9 ? * 2#1 *)               | -",
        "cron(0 9 * * ? 2027)               | cron(0 9 * * ? 2027)              | -",
        "cron(0 9 ? * */2 *)                | cron(0 9 ? * */2 *)               | -",
        "'  cron(5  4 * * ?  *) '           | cron(5 4 * * ? *)                 | 5 4 * * *",
    })
    void awsCron_isKept_andHasAFiveFieldFormWhenPossible(String written, String aws, String five) throws Exception {
        Schedule s = Schedule.parse(written);

        assertThat(s.aws()).isEqualTo(aws);
        assertThat(s.fiveField()).isEqualTo(five.equals("-") ? Optional.empty() : Optional.of(five));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // five-field            | EventBridge
        "0 3 * * *               | cron(0 3 * * ? *)",
        "*/5 * * * *             | cron(*/5 * * * ? *)",
        "30 2 1 * *              | cron(30 2 1 * ? *)",
        "0 9 * * 1-5             | cron(0 9 ? * 2-6 *)",
        "0 9 * * 0               | cron(0 9 ? * 1 *)",
        "0 9 * * 7               | cron(0 9 ? * 1 *)",
        "0 9 * * 6,0             | cron(0 9 ? * 7,1 *)",
        "0 9 * * MON-FRI         | cron(0 9 ? * MON-FRI *)",
        "0 9 * JAN,JUL SUN       | cron(0 9 ? JAN,JUL SUN *)",
        "0 9 * * 5-7             | cron(0 9 ? * 6-7,1 *)",
        "0 9 * * 0-7             | cron(0 9 ? * 1-7 *)",
        "0 9 * * */2             | cron(0 9 ? * */2 *)",
        "0 9 * * 1-5/2           | cron(0 9 ? * 2-6/2 *)",
    })
    void fiveField_becomesEventBridgeCron_withQuestionMarkAndDaysShifted(String written, String aws) throws Exception {
        Schedule s = Schedule.parse(written);

        assertThat(s.aws()).isEqualTo(aws);
        assertThat(s.fiveField()).contains(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)", "rate(7 days)"})
    void rates_areKept_andHaveNoFiveFieldForm(String written) throws Exception {
        Schedule s = Schedule.parse(written);

        assertThat(s.aws()).isEqualTo(written);
        assertThat(s.fiveField()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "rate(0 minutes)          | never runs",
        "rate(1 minutes)          | write 'rate(1 minute)'",
        "rate(5 minute)           | 'rate(5 minutes)' for more",
        "rate(5 weeks)            | a rate is 'rate(N minutes",
        "rate(five minutes)       | a rate is",
        "cron(0 3 * * *)          | six fields",
        "cron(0 3 * * ? * *)      | six fields",
        "cron(0 3 * * * *)        | exactly one of day-of-month and day-of-week is '?'",
        "cron(0 3 ? * ? *)        | exactly one of day-of-month and day-of-week is '?'",
        "cron(60 3 * * ? *)       | minutes '60': 60 is outside 0-59",
        "cron(0 24 * * ? *)       | hours '24': 24 is outside 0-23",
        "cron(0 3 32 * ? *)       | day-of-month '32'",
        "cron(0 3 ? * 0 *)        | day-of-week '0': 0 is outside 1-7",
        "cron(0 3 ? * MON-XYZ *)  | 'XYZ' is not a number or a name",
        "cron(0 3 ? 13 * *)       | month '13'",
        "cron(0 17-9 * * ? *)     | not a range from low to high",
        "cron(0/0 3 * * ? *)      | the step after '/' is a number from 1",
        "cron(0 3 ? * 8#1 *)      | day-of-week '8#1'",
        "cron(0 3 ? * 2#6 *)      | day-of-week '2#6'",
        "0 3 * *                  | five cron fields",
        "0 3 * * ? *              | five cron fields",
        "0 3 ? * *                | day-of-month '?'",
        "0 3 1 * 1                | keep one of them '*'",
        "0 3 * * 8                | day-of-week '8': 8 is outside 0-7",
        "0 3 * * L                | day-of-week 'L'",
        "every day                | a schedule is",
    })
    void invalid_isRefused_withAReason(String written, String reason) {
        assertThatThrownBy(() -> Schedule.parse(written)).isInstanceOf(Schedule.Invalid.class).hasMessageContaining(reason);
    }
}
