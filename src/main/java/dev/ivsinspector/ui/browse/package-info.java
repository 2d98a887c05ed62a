/**
 * The browse pane: lists the configurations of a region or of all regions ({@code BrowseListing}: paging,
 * bounded parallelism, holding pages while the table fills), filters and sorts them ({@code VisibleRows}),
 * and paces rows into an emptied table ({@code PacedRows}). {@code BrowseViewModel} holds the state and
 * commands.
 */
package dev.ivsinspector.ui.browse;
