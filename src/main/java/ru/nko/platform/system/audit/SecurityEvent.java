package ru.nko.platform.system.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only security log. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private SecurityEventLog.Kind kind;

	private String username;

	private String remoteAddr;

	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, SecurityEventLog.Kind kind, String username, String remoteAddr, String detail) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.username = username;
		this.remoteAddr = remoteAddr;
		this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public SecurityEventLog.Kind getKind() {
		return this.kind;
	}

	public String getUsername() {
		return this.username;
	}

	public String getRemoteAddr() {
		return this.remoteAddr;
	}

	public String getDetail() {
		return this.detail;
	}

}
