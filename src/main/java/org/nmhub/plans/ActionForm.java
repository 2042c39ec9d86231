package org.nmhub.plans;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FormValues;

/** An action, as typed. {@code version} is the version the editor started from. */
record ActionForm(@Nullable String priorityId,
		@NotBlank(message = "Enter what will be done") @Size(max = 500,
				message = "The action must be 500 characters or fewer") @Nullable String title,
		@Size(max = 4000, message = "The description must be 4,000 characters or fewer") @Nullable String description,
		@Nullable String level, @Nullable String reference, @Nullable String leadOrganisationId,
		@Nullable String leadOfficerUserId,
		@Size(max = 200,
				message = "The lead officer's name must be 200 characters or fewer") @Nullable String leadOfficerName,
		@Nullable String startsOn, @Nullable String dueOn, @Nullable String resourcesAmount,
		@Size(max = 300,
				message = "Where the resources come from must be 300 characters or fewer") @Nullable String resourcesSource,
		@Nullable String resourcesKind, @Nullable String laaOutcomeId, @Nullable String laaIndicatorId,
		@Size(max = 1000,
				message = "The success measure must be 1,000 characters or fewer") @Nullable String successMeasure,
		@Size(max = 500,
				message = "The parish plan item must be 500 characters or fewer") @Nullable String parishPlanItem,
		@Nullable String publicAction, @Nullable List<String> supportingPartnerIds, @Nullable String version,
		@Nullable String base) {

	static ActionForm empty(@Nullable Long priorityId) {
		return new ActionForm(priorityId == null ? "" : String.valueOf(priorityId), "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "true", List.of(), "0", "");
	}

	/** The action as saved, with itself as the base a later conflict is judged from. */
	static ActionForm of(Action a) {
		ActionForm saved = new ActionForm(String.valueOf(a.priorityId()), a.title(), a.description(), text(a.level()),
				a.reference(), text(a.leadOrganisationId()), text(a.leadOfficerUserId()), a.leadOfficerName(),
				text(a.startsOn()), text(a.dueOn()), a.resourcesAmount() == null ? "" : plain(a.resourcesAmount()),
				a.resourcesSource(), a.resourcesKind() == null ? "" : a.resourcesKind().name(), text(a.laaOutcomeId()),
				text(a.laaIndicatorId()), a.successMeasure(), a.parishPlanItem(), a.publicAction() ? "true" : "",
				a.supportingPartnerIds().stream().map(String::valueOf).toList(), String.valueOf(a.version()), "");
		return saved.withBase(ActionMerge.encode(saved));
	}

	ActionForm withBase(String base) {
		return new ActionForm(priorityId, title, description, level, reference, leadOrganisationId, leadOfficerUserId,
				leadOfficerName, startsOn, dueOn, resourcesAmount, resourcesSource, resourcesKind, laaOutcomeId,
				laaIndicatorId, successMeasure, parishPlanItem, publicAction, supportingPartnerIds, version, base);
	}

	int versionNumber() {
		return FormValues.whole(version).map(Long::intValue).orElse(-1);
	}

	List<String> partners() {
		return supportingPartnerIds == null ? List.of() : supportingPartnerIds;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

}
