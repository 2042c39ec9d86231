package org.nmhub.access;

import java.util.Map;

import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own account: changing the password.
 */
@Service
class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
	}

	/** Whether the password given is the user's current one. */
	boolean isCurrentPassword(CurrentUser user, String password) {
		return accounts.passwordHash(user.userId()).map(hash -> encoder.matches(password, hash)).orElse(false);
	}

	@Transactional
	void changePassword(CurrentUser user, String newPassword) {
		accounts.changePassword(user.userId(), encoder.encode(newPassword));
		events
			.publishEvent(new PasswordChanged(user.userId(), new AuditedChange(null, user.userId(), user.displayName(),
					"updated", "user", String.valueOf(user.userId()), "Changed their password", Map.of(), Map.of())));
	}

}
