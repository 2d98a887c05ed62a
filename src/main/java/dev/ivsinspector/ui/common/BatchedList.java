package dev.ivsinspector.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose edits can be told to its listeners as one change ({@link #inOneChange(Runnable)}), and
 * whose range edits cost one copy, not one per element.
 *
 * <p>Why: a table gets one change for the rows a page or a filter keystroke adds, drops or replaces, instead of one
 * per row (each making it lay out its cells again), or a replacement of every row (making it rebuild every cell on
 * screen).
 */
public final class BatchedList<T> extends ModifiableObservableListBase<T> {

    private final ArrayList<T> items = new ArrayList<>();

    /** Runs {@code edits} on this list; its listeners hear of them once, after the last. */
    public void inOneChange(Runnable edits) {
        beginChange();
        try {
            edits.run();
        } finally {
            endChange();
        }
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        items.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return items.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return items.remove(index);
    }

    @Override
    public boolean addAll(Collection<? extends T> added) {
        return addAll(size(), added);
    }

    @Override
    public boolean addAll(int index, Collection<? extends T> added) {
        if (added.isEmpty()) {
            return false;
        }
        inOneChange(() -> {
            items.addAll(index, added);
            nextAdd(index, index + added.size());
        });
        return true;
    }

    @Override
    public boolean setAll(Collection<? extends T> replacement) {
        if (replacement.isEmpty() && isEmpty()) {
            return false;
        }
        inOneChange(() -> {
            removeRange(0, size());
            addAll(0, replacement);
        });
        return true;
    }

    @Override
    public void clear() {
        removeRange(0, size());
    }

    @Override
    public void remove(int from, int to) {
        removeRange(from, to);
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from == to) {
            return;
        }
        List<T> range = items.subList(from, to);
        List<T> removed = new ArrayList<>(range);
        inOneChange(() -> {
            range.clear();
            nextRemove(from, removed);
        });
    }
}
