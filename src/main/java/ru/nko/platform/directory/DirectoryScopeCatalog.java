package ru.nko.platform.directory;

import java.util.List;
import java.util.Optional;

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
			case ORGANIZATION -> this.organizations.findAllByOrderByNameAsc()
				.stream()
				.filter(Organization::isActive)
				.map(o -> new Option(o.getId(), o.getName()))
				.toList();
			case NONE -> List.of();
		};
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
