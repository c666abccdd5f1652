package ru.nko.platform.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.ScopeCatalog;
import ru.nko.platform.system.ScopeType;

/**
 * Names the scopes of role grants for the administration pages: municipalities, bodies,
 * organisations.
 */
@Component
class DirectoryScopeCatalog implements ScopeCatalog {

	private final MunicipalityRepository municipalities;

	private final BodyRepository bodies;

	private final OrganizationRepository organizations;

	DirectoryScopeCatalog(MunicipalityRepository municipalities, BodyRepository bodies,
			OrganizationRepository organizations) {
		this.municipalities = municipalities;
		this.bodies = bodies;
		this.organizations = organizations;
	}

	/**
	 * Only what is in force can be chosen for a new grant; existing grants keep their
	 * label.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Option> options(ScopeType type) {
		return switch (type) {
			case MUNICIPALITY -> this.municipalities.findAllByOrderByPositionAscNameAsc()
				.stream()
				.filter(Municipality::isActive)
				.map(m -> new Option(m.getId(), m.getName()))
				.toList();
			case BODY -> this.bodies.findAllByOrderByNameAsc()
				.stream()
				.filter(Body::isActive)
				.map(b -> new Option(b.getId(), b.getName()))
				.toList();
			case ORGANIZATION, NONE -> List.of();
		};
	}

	@Override
	public boolean searchable(ScopeType type) {
		return type == ScopeType.ORGANIZATION;
	}

	/**
	 * Organisations in force by ИНН (all of it) or by a part of the full or short name,
	 * alphabetically.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Option> search(ScopeType type, String text, int limit) {
		String query = text == null ? "" : text.strip();
		if (type != ScopeType.ORGANIZATION || query.length() < 2) {
			return List.of();
		}
		return this.organizations.findScopes(query.toLowerCase(Locale.ROOT), PageRequest.of(0, limit))
			.stream()
			.map(o -> new Option(o.getId(), o.getName() + " (ИНН " + o.getInn() + ")"))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public String label(ScopeType type, long id) {
		Optional<String> name = switch (type) {
			case MUNICIPALITY -> this.municipalities.findById(id).map(Municipality::getName);
			case BODY -> this.bodies.findById(id).map(Body::getName);
			case ORGANIZATION -> this.organizations.findById(id).map(Organization::getName);
			case NONE -> Optional.empty();
		};
		return name.orElse(null);
	}

}
