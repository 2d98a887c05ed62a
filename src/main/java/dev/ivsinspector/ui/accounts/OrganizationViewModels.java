package dev.ivsinspector.ui.accounts;

/** The connection bar's organization features: the account picker and All accounts (which may be null). */
public record OrganizationViewModels(AccountPickerViewModel picker, AllAccountsViewModel allAccounts) {
}
