/**
 * The browse pane: lists the configurations of a region or of all regions ({@code BrowseListing}: paging,
 * bounded parallelism, holding pages while the table fills) and filters and sorts them ({@code VisibleRows});
 * an emptied table is filled through ui/common's {@code PacedRows}. {@code BrowseViewModel} holds the state and
 * commands.
 */
package dev.ivsinspector.ui.browse;
