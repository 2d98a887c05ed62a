package dev.ivsinspector.ui.common;

import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;

/**
 * A table row that makes its cells only once it shows an item.
 *
 * <p>Why: a table fills the space under its last item with empty rows, and each row makes a cell per column,
 * each with its own skin, text and CSS. When the first page arrives the table makes all of them in one layout
 * pass, right after start-up with code not compiled yet: with one row shown, the browse table still made some
 * thirty rows of six cells, the longest FX stall of a fresh JVM's first load. The AtlantaFX themes draw nothing
 * for an empty row ({@code .table-row-cell:empty} and its cells are transparent, without borders), so an empty
 * row without cells looks the same (FillerFreeTableRowTest compares the pixels). A row gets its cells, once, when it is
 * first given an item, and keeps them when it is emptied again.
 */
public class FillerFreeTableRow<T> extends TableRow<T> {

    @Override
    protected Skin<?> createDefaultSkin() {
        return isEmpty() ? new CellFreeSkin<>(this) : new TableRowSkin<>(this);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (!empty && getSkin() instanceof CellFreeSkin) {
            setSkin(new TableRowSkin<>(this));
        }
    }

    /** No children: the row's own background, transparent while it is empty, is all it shows. */
    private static final class CellFreeSkin<T> extends SkinBase<TableRow<T>> {
        CellFreeSkin(TableRow<T> row) {
            super(row);
        }
    }
}
