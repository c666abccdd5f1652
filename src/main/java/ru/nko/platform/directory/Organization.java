package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A non-profit organisation; the directory of organisations grows around this record. */
@Entity
@Table(name = "organization")
@Audited
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	private String inn;

	private String ogrn;

	private Long municipalityId;

	private boolean active = true;

	private String legalForm;

	private String kpp;

	private LocalDate registrationDate;

	private String address;

	private boolean socialOriented;

	private LocalDate socialOrientedSince;

	private boolean iopu;

	private LocalDate iopuSince;

	private boolean resourceCenter;

	/**
	 * Takes part in the region's current support programmes: the "applicants" of measures
	 * 2.1 and 2.2 until competitions exist.
	 */
	private boolean supportParticipant;

	private String website;

	private String publicEmail;

	private String publicPhone;

	private String headName;

	private String headPosition;

	private String description;

	/** Private: seen by the organisation's representatives and administrators only. */
	private String contactPerson;

	private String contactEmail;

	private String contactPhone;

	@ElementCollection
	@CollectionTable(name = "organization_activity", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "area")
	@Enumerated(EnumType.STRING)
	private Set<ActivityArea> activityAreas = EnumSet.noneOf(ActivityArea.class);

	@ElementCollection
	@CollectionTable(name = "organization_social_page", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "position")
	private List<SocialPage> socialPages = new ArrayList<>();

	@Version
	@NotAudited
	private long version;

	protected Organization() {
	}

	Organization(String name, String shortName, String inn, String ogrn, Long municipalityId) {
		this.name = name;
		this.shortName = shortName;
		this.inn = inn;
		this.ogrn = ogrn;
		this.municipalityId = municipalityId;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	String getInn() {
		return this.inn;
	}

	String getOgrn() {
		return this.ogrn;
	}

	Long getMunicipalityId() {
		return this.municipalityId;
	}

	boolean isActive() {
		return this.active;
	}

	String getLegalForm() {
		return this.legalForm;
	}

	String getKpp() {
		return this.kpp;
	}

	LocalDate getRegistrationDate() {
		return this.registrationDate;
	}

	String getAddress() {
		return this.address;
	}

	boolean isSocialOriented() {
		return this.socialOriented;
	}

	LocalDate getSocialOrientedSince() {
		return this.socialOrientedSince;
	}

	boolean isIopu() {
		return this.iopu;
	}

	LocalDate getIopuSince() {
		return this.iopuSince;
	}

	boolean isResourceCenter() {
		return this.resourceCenter;
	}

	boolean isSupportParticipant() {
		return this.supportParticipant;
	}

	String getWebsite() {
		return this.website;
	}

	String getPublicEmail() {
		return this.publicEmail;
	}

	String getPublicPhone() {
		return this.publicPhone;
	}

	String getHeadName() {
		return this.headName;
	}

	String getHeadPosition() {
		return this.headPosition;
	}

	String getDescription() {
		return this.description;
	}

	String getContactPerson() {
		return this.contactPerson;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	Set<ActivityArea> getActivityAreas() {
		return this.activityAreas;
	}

	List<SocialPage> getSocialPages() {
		return this.socialPages;
	}

	/**
	 * Hidden from the directory until someone is confirmed to represent it (an
	 * organisation added by a newcomer).
	 */
	void awaitConfirmation() {
		this.active = false;
	}

	void confirm() {
		this.active = true;
	}

	/**
	 * Everything a representative or an import states about the organisation, replacing
	 * what was there.
	 */
	void describe(OrganizationData details) {
		this.name = details.name();
		this.shortName = details.shortName();
		this.legalForm = details.legalForm();
		this.inn = details.inn();
		this.ogrn = details.ogrn();
		this.kpp = details.kpp();
		this.registrationDate = details.registrationDate();
		this.address = details.address();
		this.municipalityId = details.municipalityId();
		this.socialOriented = details.socialOriented();
		this.socialOrientedSince = details.socialOrientedSince();
		this.iopu = details.iopu();
		this.iopuSince = details.iopuSince();
		this.resourceCenter = details.resourceCenter();
		this.supportParticipant = details.supportParticipant();
		this.website = details.website();
		this.publicEmail = details.publicEmail();
		this.publicPhone = details.publicPhone();
		this.headName = details.headName();
		this.headPosition = details.headPosition();
		this.description = details.description();
		this.contactPerson = details.contactPerson();
		this.contactEmail = details.contactEmail();
		this.contactPhone = details.contactPhone();
		this.activityAreas.clear();
		this.activityAreas.addAll(details.activityAreas());
		List<SocialPage> pages = details.socialPages()
			.stream()
			.map(page -> new SocialPage(page.network(), page.url()))
			.toList();
		if (!this.socialPages.equals(pages)) {
			this.socialPages.clear();
			this.socialPages.addAll(pages);
		}
	}

	/** A public page or group of the organisation in a social network. */
	@Embeddable
	static class SocialPage {

		@Enumerated(EnumType.STRING)
		@Column(name = "network")
		private SocialNetwork network;

		@Column(name = "url")
		private String url;

		protected SocialPage() {
		}

		SocialPage(SocialNetwork network, String url) {
			this.network = network;
			this.url = url;
		}

		SocialNetwork getNetwork() {
			return this.network;
		}

		String getUrl() {
			return this.url;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SocialPage that && that.network == this.network
					&& Objects.equals(that.url, this.url);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.network, this.url);
		}

		@Override
		public String toString() {
			return this.url;
		}

	}

}
