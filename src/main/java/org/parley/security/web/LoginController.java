package org.parley.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security processes its POST and /logout. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
