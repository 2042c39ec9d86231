package org.nmhub.toolkit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nmhub.shared.FieldProblem;
import org.nmhub.access.PartnershipContext;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.FormValues;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds toolkit material and glossary terms, checking what was typed and auditing each.
 */
@Service
class Toolkit {

	private final ToolkitRepository repository;

	private final ApplicationEventPublisher events;

	Toolkit(ToolkitRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Transactional
	List<FieldProblem> add(PartnershipContext context, ToolkitForm form) {
		String title = trim(form.title());
		String summary = trim(form.summary());
		String body = trim(form.body());
		String source = trim(form.source());
		List<String> tags = Arrays.stream(trim(form.tags()).split(","))
			.map(t -> t.trim().toLowerCase(Locale.UK))
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
		var kind = FormValues.choice(ToolkitKind.class, trim(form.kind()));
		List<FieldProblem> problems = new java.util.ArrayList<>();
		long partnership = context.partnershipId().value();
		if (title.isEmpty()) {
			problems.add(new FieldProblem("title", "Enter a title"));
		}
		else if (title.length() > 200) {
			problems.add(new FieldProblem("title", "The title must be 200 characters or fewer"));
		}
		else if (repository.titleTaken(partnership, title)) {
			problems.add(new FieldProblem("title", "The toolkit already has material called " + title));
		}
		if (kind.isEmpty()) {
			problems.add(new FieldProblem("kind", "Select what kind of material this is"));
		}
		if (summary.length() > 1000) {
			problems.add(new FieldProblem("summary", "The summary must be 1,000 characters or fewer"));
		}
		if (body.isEmpty()) {
			problems.add(new FieldProblem("body", "Enter the material itself"));
		}
		else if (body.length() > 20000) {
			problems.add(new FieldProblem("body", "The material must be 20,000 characters or fewer"));
		}
		if (tags.stream().anyMatch(t -> t.length() > 40) || tags.size() > 12) {
			problems.add(new FieldProblem("tags", "Give at most 12 tags of up to 40 characters each"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insert(partnership, kind.orElseThrow(), title, summary, body, source, tags,
				context.user().displayName());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", title);
		after.put("kind", kind.orElseThrow().name());
		after.put("tags", String.join(", ", tags));
		events.publishEvent(new ToolkitChanged(
				new AuditedChange(partnership, context.user().userId(), context.user().displayName(), "created",
						"toolkit item", String.valueOf(id), "Added " + title + " to the toolkit", Map.of(), after)));
		return List.of();
	}

	@Transactional
	List<FieldProblem> addTerm(PartnershipContext context, TermForm form) {
		String abbreviation = trim(form.abbreviation());
		String meaning = trim(form.meaning());
		long partnership = context.partnershipId().value();
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (!abbreviation.matches("[A-Za-z0-9&/.-]{2,12}")) {
			problems.add(new FieldProblem("abbreviation",
					"Enter the abbreviation: 2 to 12 letters or digits (and & / . -), for example NAT"));
		}
		else if (repository.termDefined(partnership, abbreviation)) {
			problems.add(new FieldProblem("abbreviation", abbreviation + " is already in the partnership's glossary"));
		}
		if (meaning.isEmpty() || meaning.length() > 200) {
			problems.add(new FieldProblem("meaning", "Enter what it stands for, in 200 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		long id = repository.insertTerm(partnership, abbreviation, meaning, "Added by " + context.user().displayName());
		events.publishEvent(new ToolkitChanged(new AuditedChange(partnership, context.user().userId(),
				context.user().displayName(), "created", "glossary term", String.valueOf(id),
				"Added " + abbreviation + " (" + meaning + ") to the glossary", Map.of(),
				Map.of("abbreviation", abbreviation, "meaning", meaning))));
		return List.of();
	}

	private static String trim(String text) {
		return text == null ? "" : text.strip();
	}

}
