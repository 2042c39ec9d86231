package org.nmhub.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The forms of the meeting pages, as typed. */
final class MeetingForms {

	private MeetingForms() {
	}

	record Schedule(@NotBlank(message = "Enter the date of the meeting") @Nullable String date,
			@NotBlank(message = "Enter the time the meeting starts") @Nullable String startTime,
			@NotBlank(message = "Enter the time the meeting ends") @Nullable String endTime,
			@Size(max = 300, message = "The place must be 300 characters or fewer") @Nullable String location) {

		static Schedule empty() {
			return new Schedule("", "", "", "");
		}

	}

	record Agenda(
			@NotBlank(message = "Enter the agenda item") @Size(max = 500,
					message = "The agenda item must be 500 characters or fewer") @Nullable String title,
			@Nullable String neighbourhoodKey, @Nullable String theme,
			@Size(max = 100, message = "The issue must be 100 characters or fewer") @Nullable String issue) {

		static Agenda empty() {
			return new Agenda("", "", "", "");
		}

	}

	record Attendance(
			@NotBlank(message = "Enter the person's name") @Size(max = 200,
					message = "The name must be 200 characters or fewer") @Nullable String person,
			@NotBlank(message = "Select the person's organisation") @Nullable String organisationId,
			@NotBlank(message = "Select present, apologies or substitute") @Nullable String status,
			@Size(max = 200, message = "The name must be 200 characters or fewer") @Nullable String substituteFor) {

		static Attendance empty() {
			return new Attendance("", "", "", "");
		}

	}

	record Minutes(
			@Size(max = 20000, message = "The minutes must be 20,000 characters or fewer") @Nullable String minutes) {

	}

	record Decision(@NotBlank(message = "Enter the decision") @Size(max = 2000,
			message = "The decision must be 2,000 characters or fewer") @Nullable String text) {

		static Decision empty() {
			return new Decision("");
		}

	}

	record Action(
			@NotBlank(message = "Describe the action") @Size(max = 2000,
					message = "The action must be 2,000 characters or fewer") @Nullable String description,
			@NotBlank(message = "Select the organisation that owns the action") @Nullable String ownerOrganisationId,
			@Nullable String dueOn) {

		static Action empty() {
			return new Action("", "", "");
		}

	}

}
