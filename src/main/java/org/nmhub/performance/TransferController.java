package org.nmhub.performance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.UploadTypes;
import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.performance.FrameworkTransfer.ImportProblem;
import org.nmhub.performance.FrameworkTransfer.ImportResult;
import org.nmhub.performance.Views.Version;
import org.nmhub.printing.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The framework as CSV or XLSX (export and all-or-nothing import), and what changed
 * between a version and the one before it.
 */
@Controller
@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER, Role.DISTRICT_COORDINATOR, Role.NEIGHBOURHOOD_MANAGER,
		Role.BOARD_MEMBER })
class TransferController {

	static final String IMPORT_VIEW = "performance/import";

	static final String CHANGES_VIEW = "performance/changes";

	/** The upload field's label on the page. */
	static final String FILE_LABEL = "CSV or XLSX file";

	private final FrameworkTransfer transfer;

	private final FrameworkRepository framework;

	private final FrameworkQueries queries;

	private final Lookup lookup;

	TransferController(FrameworkTransfer transfer, FrameworkRepository framework, FrameworkQueries queries,
			Lookup lookup) {
		this.transfer = transfer;
		this.framework = framework;
		this.queries = queries;
		this.lookup = lookup;
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/export.csv")
	ResponseEntity<byte[]> csv(PartnershipContext context, @PathVariable long version) {
		Version v = lookup.version(context, version);
		return TableExport.csv(filename(v), FrameworkTransfer.HEADER,
				transfer.rows(context.partnershipId().value(), v));
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/export.xlsx")
	ResponseEntity<byte[]> xlsx(PartnershipContext context, @PathVariable long version) {
		Version v = lookup.version(context, version);
		return TableExport.xlsx(filename(v), FrameworkTransfer.HEADER,
				transfer.rows(context.partnershipId().value(), v));
	}

	private static String filename(Version v) {
		return "laa-framework-version-" + v.versionNo();
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/import")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String importForm(PartnershipContext context, @PathVariable long version, Model model) {
		model.addAttribute("version", lookup.version(context, version));
		model.addAttribute("columns", FrameworkTransfer.HEADER);
		return IMPORT_VIEW;
	}

	@PostMapping("/p/{partnership}/performance/versions/{version}/import")
	@RequiresRole({ Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER })
	String importFile(PartnershipContext context, @PathVariable long version,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Version v = lookup.version(context, version);
		model.addAttribute("version", v);
		model.addAttribute("columns", FrameworkTransfer.HEADER);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new ImportProblem(0, "", "Choose a CSV or XLSX file to import")));
			return IMPORT_VIEW;
		}
		String name = Optional.ofNullable(file.getOriginalFilename()).orElse("upload");
		byte[] bytes = file.getBytes();
		Optional<String> wrongKind = UploadTypes.problem(FILE_LABEL, file.getOriginalFilename(), file.getContentType(),
				bytes, UploadTypes.Kind.CSV, UploadTypes.Kind.XLSX);
		if (wrongKind.isPresent()) {
			model.addAttribute("problems", List.of(new ImportProblem(0, "", wrongKind.get())));
			return IMPORT_VIEW;
		}
		ImportResult result = transfer.importFile(context, v, name, bytes);
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return IMPORT_VIEW;
		}
		redirect.addFlashAttribute("notice", "Imported " + name + ": " + result.added() + " indicators added, "
				+ result.updated() + " updated, " + result.outcomesAdded() + " outcomes added");
		return "redirect:/p/" + context.partnership().slug() + "/performance?version=" + v.id();
	}

	@GetMapping("/p/{partnership}/performance/versions/{version}/changes")
	String changes(PartnershipContext context, @PathVariable long version,
			@RequestParam(required = false) @Nullable Long from, Model model) {
		long p = context.partnershipId().value();
		Version v = lookup.version(context, version);
		List<Version> versions = framework.versions(p);
		Optional<Version> before = from != null ? Optional.of(lookup.version(context, from))
				: versions.stream().filter(x -> x.versionNo() < v.versionNo()).reduce((a, b) -> b);
		model.addAttribute("version", v);
		model.addAttribute("before", before.orElse(null));
		model.addAttribute("changes",
				before.map(b -> VersionChanges.between(snapshot(p, b), snapshot(p, v))).orElse(List.of()));
		return CHANGES_VIEW;
	}

	VersionChanges.Snapshot snapshot(long p, Version v) {
		Map<Long, String> blockCodes = framework.blocks(p, v.id())
			.stream()
			.collect(Collectors.toMap(Views.Block::id, Views.Block::code));
		Map<Long, List<Views.Target>> targets = framework.targets(p, v.id())
			.stream()
			.collect(Collectors.groupingBy(Views.Target::indicatorId));
		return new VersionChanges.Snapshot(VersionChanges.byCode(framework.blocks(p, v.id()), Views.Block::code, b -> {
			Map<String, @Nullable String> m = new LinkedHashMap<>();
			m.put("title", b.name());
			m.put("lead partner", b.leadOrganisation());
			return m;
		}), VersionChanges.byCode(framework.outcomes(p, v.id()), Views.Outcome::code, o -> {
			Map<String, @Nullable String> m = new LinkedHashMap<>();
			m.put("title", o.title());
			m.put("block", blockCodes.get(o.blockId()));
			return m;
		}), VersionChanges.byCode(framework.indicators(p, v.id()), Views.Indicator::code, i -> {
			Map<String, @Nullable String> m = new LinkedHashMap<>();
			m.put("title", i.title());
			m.put("outcome", i.outcomeCode());
			m.put("definition", i.definition());
			m.put("unit", i.unit());
			m.put("polarity", i.polarityLabel());
			m.put("mandatory", i.mandatory() ? "mandatory" : "local");
			m.put("data owner", i.dataOwner());
			m.put("baseline",
					i.baselineValue() == null ? null : Forms.text(i.baselineValue()) + " at " + i.baselineDate());
			m.put("targets",
					targets.getOrDefault(i.id(), List.of())
						.stream()
						.map(t -> t.date() + " " + Forms.text(t.value()))
						.collect(Collectors.joining(", ")));
			return m;
		}), VersionChanges.byCode(queries.stretchTargets(p, v.id()), StretchTarget::code, s -> {
			Map<String, @Nullable String> m = new LinkedHashMap<>();
			m.put("title", s.title());
			m.put("stretch target", s.stretchTarget() == null ? null : Forms.text(s.stretchTarget()));
			m.put("maximum reward", s.maximumReward() == null ? null : "£" + Forms.text(s.maximumReward()));
			m.put("reward rule", s.ruleDescription());
			return m;
		}));
	}

}
