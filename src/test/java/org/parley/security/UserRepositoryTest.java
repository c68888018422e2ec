package org.parley.security;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts as login and the admin bootstrap find them, on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "parley.sample-data.enabled=false")
@Transactional
class UserRepositoryTest {

	private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ubGNmTzTlSWz0P1ARfkOfq";

	@Autowired
	UserRepository users;

	@Autowired
	EntityManager em;

	@Test
	void findsAnAccountWhateverTheCaseTheUsernameIsTypedIn() {
		users.save(new User("Olena.K", HASH, Role.EDITOR));
		em.flush();
		em.clear();

		assertThat(users.findByUsernameIgnoreCase("olena.k")).get()
			.satisfies(user -> assertThat(user.getRole()).isEqualTo(Role.EDITOR))
			.satisfies(user -> assertThat(user.isEnabled()).isTrue());
		assertThat(users.findByUsernameIgnoreCase("olena")).isEmpty();
	}

	@Test
	void knowsWhetherAnAdminExistsAndListsAccountsByName() {
		users.deleteAll();
		users.save(new User("zoe", HASH, Role.EDITOR));
		users.save(new User("anna", HASH, Role.EDITOR));
		em.flush();
		em.clear();
		assertThat(users.existsByRole(Role.ADMIN)).isFalse();

		users.save(new User("root-admin", HASH, Role.ADMIN));
		em.flush();
		em.clear();
		assertThat(users.existsByRole(Role.ADMIN)).isTrue();
		assertThat(users.findAllByOrderByUsername()).extracting(User::getUsername)
			.containsExactly("anna", "root-admin", "zoe");
	}

	@Test
	void usernamesAreUnique() {
		users.save(new User("editor1", HASH, Role.EDITOR));
		em.flush();

		assertThatThrownBy(() -> {
			users.save(new User("editor1", HASH, Role.ADMIN));
			em.flush();
		}).isInstanceOf(DataIntegrityViolationException.class);
	}

}
