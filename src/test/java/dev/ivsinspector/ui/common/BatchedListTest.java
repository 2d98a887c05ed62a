package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchedListTest {

    private final BatchedList<Integer> list = new BatchedList<>();
    private int changes;
    /** A copy kept by applying each change, as a table does. */
    private final List<Integer> follower = new ArrayList<>();

    @BeforeEach
    void fill() {
        list.addAll(IntStream.range(0, 100).boxed().toList());
        follower.addAll(list);
        list.addListener((ListChangeListener<Integer>) change -> {
            changes++;
            while (change.next()) {
                follower.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                follower.addAll(change.getFrom(), change.getAddedSubList());
            }
        });
    }

    @Test
    void editsInOneChangeAreToldOnceAndFollowedExactly() {
        list.inOneChange(() -> {
            list.set(3, -3);
            list.remove(10, 20);
            list.add(50, 500);
            list.addAll(List.of(1000, 1001));
        });

        assertThat(changes).isEqualTo(1);
        assertThat(follower).isEqualTo(list).hasSize(93).startsWith(0, 1, 2, -3, 4).endsWith(99, 1000, 1001);
    }

    @Test
    void replacingEverythingOrARangeIsOneChange() {
        list.setAll(List.of(7, 8, 9));
        list.remove(0, 2);
        list.clear();

        assertThat(changes).isEqualTo(3);
        assertThat(list).isEmpty();
        assertThat(follower).isEmpty();
    }
}
