package gonghui.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void aMessageComesBackFromStorageAsItWasSentWhateverItsTextHolds() {
        var message = Message.of(
                "notification.task.overdueAtOwner",
                Argument.organization(42),
                Argument.date(LocalDate.of(2024, 7, 22)),
                Argument.text("引号\"、反斜杠\\、换行\n、表情😀、{0}"),
                Argument.label("TaskStatus.DONE"));

        assertThat(Message.fromStored(message.key(), message.argumentsJson())).isEqualTo(message);
    }

    @Test
    void aLongTitleIsCutWithAnEllipsis() {
        assertThat(Argument.text("  " + "督".repeat(70) + "  ", 60).value()).isEqualTo("督".repeat(60) + "…");
        assertThat(Argument.text("短标题", 60).value()).isEqualTo("短标题");
    }

    @Test
    void aMessageNeedsAKey() {
        assertThatThrownBy(() -> Message.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
