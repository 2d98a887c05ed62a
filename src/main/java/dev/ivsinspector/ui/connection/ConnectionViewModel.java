package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.CallerIdentityService;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.ui.accounts.OrganizationViewModels;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.ErrorAction;
import dev.ivsinspector.ui.common.ErrorRecovery;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection bar: which profile (or the demo account) the app uses, its region, who AWS says we are, and
 * any endpoint override. Switching swaps the SDK clients behind the shared gateway.
 */
public final class ConnectionViewModel implements ErrorRecovery {

    /** What the connection needs from the application.
     * @param demoEndpoint  starts the demo account's endpoint (on first use) and gives its address
     * @param demoAccountId the demo account's id, shown as its identity
     */
    public record Services(ProfileLoadResult profiles, SwitchableGateway gateway, CallerIdentityService identity,
                           SsoTokenStatus tokenStatus, Supplier<URI> demoEndpoint, String demoAccountId, URI commandLineEndpoint,
                           String commandLineRegion, Map<String, String> environment, ConnectionPreferences preferences) { }

    private final Services services;
    private final TaskExecutor executor;
    private final SignInViewModel signIn;
    /** The account picker of SSO sign-ins, or null when the app offers none (some tests). */
    private final OrganizationViewModels accounts;
    /** The SSO profile of the demo organization, or null when there is none. */
    private final AwsProfile demoOrganization;
    private final RoleConnection roles;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endpointNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    private final LatestOnly identityLookup = new LatestOnly();
    private URI endpointOverride;
    /** The profiles of ~/.aws; empty until they are loaded in the background (see profilesLoaded). */
    private ProfileLoadResult profiles;
    private Consumer<String> regionListener = r -> { };
    private Runnable signedInListener = () -> { };

    /**
     * @param accounts         the account picker offered after an SSO sign-in, or null where sign-ins offer none
     * @param demoOrganization the demo organization's SSO profile (listed after the demo account), or null
     */
    public ConnectionViewModel(Services services, TaskExecutor executor, SignInViewModel signIn,
                               OrganizationViewModels accounts, AwsProfile demoOrganization) {
        this.services = services;
        this.executor = executor;
        this.signIn = signIn;
        this.accounts = accounts;
        this.demoOrganization = demoOrganization;
        this.roles = accounts == null ? null : new RoleConnection(accounts.picker(), services.gateway(), label -> {
            identityLookup.cancel();
            identity.set(label);
        }, () -> regionListener.accept(region.get()));
        this.endpointOverride = services.commandLineEndpoint();
        showProfiles(services.profiles());
        signIn.setOnSignedIn(this::afterSignIn);
    }

    /**
     * The profiles, once read in the background after the window is up (a huge or slow ~/.aws/config must not
     * keep the window from opening). The choice made meanwhile stays unless it was only the placeholder
     * chosen before the profiles were known; then {@link #initialChoice} is made again.
     */
    public void profilesLoaded(ProfileLoadResult loaded, String choiceBefore, boolean useDemo, String commandLineProfile) {
        showProfiles(loaded);
        String choiceNow = initialChoice(useDemo, commandLineProfile);
        if (choiceBefore != null && choiceBefore.equals(selected.get()) && !choiceBefore.equals(choiceNow)) {
            select(choiceNow);
        }
    }

    private void showProfiles(ProfileLoadResult loaded) {
        this.profiles = loaded;
        String current = selected.get();
        List<String> names = new ArrayList<>();
        names.add(ConnectionChoice.SDK_DEFAULT);
        loaded.profiles().forEach(p -> names.add(p.name()));
        names.add(ConnectionChoice.DEMO);
        if (demoOrganization != null) {
            names.add(demoOrganization.name());
        }
        if (current != null && !names.contains(current)) {
            names.add(current);
        }
        choices.setAll(names);
        problems.set(String.join("\n", loaded.problems()));
    }

    /** Called with the connection's region whenever it changes, e.g. to start browsing there. */
    public void setOnRegionChanged(Consumer<String> listener) {
        this.regionListener = listener;
    }

    /**
     * The first choice: the demo when asked for, else the command line's profile, else AWS_PROFILE (an
     * explicit wish for this session), else the remembered one, else "default" when it exists, else the SDK's
     * default chain.
     */
    public String initialChoice(boolean useDemo, String commandLineProfile) {
        if (useDemo) {
            return ConnectionChoice.DEMO;
        }
        for (String candidate : new String[] {commandLineProfile, services.environment().get("AWS_PROFILE"),
                services.preferences().profile(), "default"}) {
            if (candidate != null && choices.contains(candidate) && !ConnectionChoice.DEMO.equals(candidate)) {
                return candidate;
            }
        }
        return ConnectionChoice.SDK_DEFAULT;
    }

    /** Switches the whole app to a profile picker entry. */
    public void select(String choice) {
        if (choice == null || choice.equals(selected.get())) {
            return;
        }
        apply(choice);
    }

    /**
     * The "Advanced" endpoint override, as --endpoint-url would set it; blank removes it. Returns null when
     * applied, else what is wrong with the URL.
     */
    public String setEndpointOverride(String text) {
        URI uri;
        try {
            uri = text == null || text.isBlank() ? null : URI.create(text.strip());
            if (uri != null) {
                ConnectionSettings.sdkDefaults().withEndpoint(uri);
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        endpointOverride = uri;
        if (selected.get() != null && !ConnectionChoice.DEMO.equals(selected.get())) {
            apply(selected.get());
        }
        return null;
    }

    public String endpointOverride() {
        return endpointOverride == null ? "" : endpointOverride.toString();
    }

    private void apply(String choice) {
        selected.set(choice);
        identityLookup.cancel();
        signIn.reset();
        if (roles != null) {
            roles.drop();
        }
        if (isDemoOrganization(choice)) {
            applyDemoOrganization();
            return;
        }
        if (ConnectionChoice.DEMO.equals(choice)) {
            URI endpoint = services.demoEndpoint().get();
            services.gateway().switchTo(ConnectionSettings.demo(endpoint));
            demo.set(true);
            setRegion("us-west-2");
            endpointNote.set(Messages.format("connection.demoEndpoint", endpoint));
            identity.set(Messages.format("connection.demoAccount", services.demoAccountId()));
            // Not remembered: the demo is what the app falls back to, it must not hide a real set-up next time.
            return;
        }
        AwsProfile profile = profiles.find(choice).orElse(null);
        String chosenRegion = services.commandLineRegion() != null ? services.commandLineRegion()
                : profile != null ? ConnectionChoice.regionOf(profile, services.environment())
                : ConnectionChoice.defaultChainRegion(services.environment(), profiles::find);
        services.gateway().switchTo(ConnectionChoice.settingsFor(profile, endpointOverride)
                .withRegion(chosenRegion));
        demo.set(false);
        setRegion(chosenRegion);
        String override = ConnectionChoice.endpointOverride(profile, endpointOverride, services.environment());
        endpointNote.set(override == null ? "" : Messages.format("connection.endpointOverride", override));
        services.preferences().remember(choice, region.get());
        if (profile != null && profile.kind().isSso() && services.tokenStatus().of(profile).needsSignIn()) {
            identity.set(Messages.text("connection.notSignedIn"));
            signIn.offer(profile);
            return;
        }
        lookUpIdentity();
        offerAccounts(profile, false);
    }

    /**
     * The demo organization: the demo endpoint, which also serves its portal and device flow. Its sample account
     * answers until an account of the organization is chosen.
     */
    private void applyDemoOrganization() {
        URI endpoint = services.demoEndpoint().get();
        services.gateway().switchTo(ConnectionSettings.demo(endpoint));
        demo.set(true);
        setRegion(demoOrganization.region());
        endpointNote.set(Messages.format("connection.demoEndpoint", endpoint));
        identity.set(accounts == null ? "" : accounts.picker().demoIdentity());
        signIn.offer(demoOrganization);
        signIn.start(); // nothing to approve: the demo signs in by itself
    }

    private boolean isDemoOrganization(String choice) {
        return demoOrganization != null && demoOrganization.name().equals(choice);
    }

    /** After a sign-in, or with a valid token: the accounts and roles of the sign-in, in the picker. */
    private void offerAccounts(AwsProfile profile, boolean justSignedIn) {
        if (roles != null) {
            roles.offer(profile, justSignedIn);
        }
    }

    private void setRegion(String newRegion) {
        region.set(newRegion == null ? "" : newRegion);
        if (newRegion != null) {
            regionListener.accept(newRegion);
        }
    }

    /** Runs after every successful sign-in, e.g. to list again what failed for want of it. */
    public void setOnSignedIn(Runnable action) {
        this.signedInListener = action;
    }

    private void afterSignIn() {
        // The SDK reads the SSO token when it builds the credentials provider: rebuild the clients.
        services.gateway().switchTo(services.gateway().settings());
        signedInListener.run();
        if (isDemoOrganization(selected.get())) {
            offerAccounts(demoOrganization, true);
            return;
        }
        lookUpIdentity();
        offerAccounts(profiles.find(selected.get()).orElse(null), true);
    }

    /** Asks STS who the credentials belong to, in the background; a failure is shown in place, not as a dialog. */
    private void lookUpIdentity() {
        ConnectionSettings settings = services.gateway().settings();
        BackgroundTask.wrap(() -> services.identity().callerIdentity(settings, settings.region()))
                .replacing(identityLookup)
                .onRunning(() -> identity.set(Messages.text("connection.checkingIdentity")))
                .onSuccess(who -> identity.set(Messages.format("connection.identity", who.account(), who.displayName())))
                .onFailure(error -> identity.set(IdentityProblems.describe(error)))
                .executeWith(executor);
    }

    @Override
    public List<ErrorAction> actionsFor(ErrorKind kind, Runnable retry) {
        if (kind == ErrorKind.NO_CREDENTIALS && !demo.get()) {
            return List.of(new ErrorAction(Messages.text("connection.action.useDemo"), () -> select(ConnectionChoice.DEMO)));
        }
        if (kind == ErrorKind.SSO_TOKEN_EXPIRED && !demo.get()) {
            AwsProfile profile = profiles.find(selected.get()).orElse(null);
            if (profile != null && profile.kind().isSso()) {
                return List.of(new ErrorAction(Messages.text("connection.action.signIn"), () -> signIn.start(profile, retry)));
            }
        }
        return List.of();
    }

    public ObservableList<String> choices() { return choices; }
    public ReadOnlyStringProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty regionProperty() { return region.getReadOnlyProperty(); }
    public ReadOnlyStringProperty identityProperty() { return identity.getReadOnlyProperty(); }
    public ReadOnlyStringProperty endpointNoteProperty() { return endpointNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty demoProperty() { return demo.getReadOnlyProperty(); }
    public SignInViewModel signIn() { return signIn; }
    /** The account picker, or null when the app offers none. */
    public OrganizationViewModels accounts() { return accounts; }
}
