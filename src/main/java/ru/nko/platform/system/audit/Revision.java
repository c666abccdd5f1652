package ru.nko.platform.system.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: when and by whom. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
	@SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	private long timestamp;

	private String username;

	public long getId() {
		return this.id;
	}

	public long getTimestamp() {
		return this.timestamp;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
