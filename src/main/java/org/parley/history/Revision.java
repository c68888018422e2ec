package org.parley.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change made through the application: when, and by whom. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private Instant madeAt;

	private String username;

	public Long getId() {
		return id;
	}

	public Instant getMadeAt() {
		return madeAt;
	}

	public String getUsername() {
		return username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
