package dev.ivsinspector.ui.accounts;

/**
 * Where All accounts takes its list from: each account's own IVS ({@code aggregator} null) or one AWS Config
 * aggregator's query.
 */
public record ListingSource(String aggregator, String label) {
    @Override
    public String toString() {
        return label;
    }
}
