package org.parley.security.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.parley.security.Accounts;
import org.parley.security.LastAdminException;
import org.parley.security.Role;

/** Admins add editors, disable them and reset their passwords; the last enabled admin stays. */
@Controller
@PreAuthorize("hasRole('ADMIN')") // a second line behind the URL rule for /admin/**
@RequestMapping("/admin/users")
class AdminUsersController {

	private final Accounts accounts;

	AdminUsersController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("userForm", new UserForm());
		return page(model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
			result.rejectValue("username", "user.username.taken");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		accounts.create(form.getUsername(), form.getPassword(), form.getRole());
		redirect.addFlashAttribute("notice", "admin.users.added");
		redirect.addFlashAttribute("noticeArg", form.getUsername());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam long lockVersion, @RequestParam boolean enabled,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		try {
			accounts.setEnabled(id, lockVersion, enabled);
		}
		catch (LastAdminException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("accountError", "admin.users.lastAdmin");
			model.addAttribute("accountErrorArg", ex.getUsername());
			model.addAttribute("userForm", new UserForm());
			return page(model);
		}
		redirect.addFlashAttribute("notice", enabled ? "admin.users.enabled" : "admin.users.disabled");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long lockVersion, @RequestParam String password,
			RedirectAttributes redirect) {
		if (password.length() < 12 || password.length() > 200) {
			redirect.addFlashAttribute("passwordError", id);
			return "redirect:/admin/users";
		}
		accounts.resetPassword(id, lockVersion, password);
		redirect.addFlashAttribute("notice", "admin.users.passwordReset");
		return "redirect:/admin/users";
	}

	private String page(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

}
