package dev.ivsinspector.aws.org;

import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;

/**
 * IVS as one member account: the shared client of each region, with this account's role credentials on each
 * request, so a fan-out over hundreds of accounts builds one client per region, not one per account-region.
 */
final class MemberIvs implements AutoCloseable {

    private final RegionClients clients;
    private final RoleSession session;

    MemberIvs(RegionClients clients, RoleSession session) {
        this.clients = clients;
        this.session = session;
    }

    /** Builds the region's client ahead of the first call, so the time a rate limiter lets it go is when it leaves. */
    void prepare(String region) {
        clients.client(region);
    }

    ListRecordingConfigurationsResponse listPage(String region, String nextToken) {
        return clients.client(region).listRecordingConfigurations(r -> r.maxResults(100).nextToken(nextToken)
                .overrideConfiguration(o -> o.credentialsProvider(session.credentials())));
    }

    @Override
    public void close() {
        session.close();
    }
}
