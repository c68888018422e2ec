package org.parley.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How passwords are hashed ({@code PARLEY_PASSWORDS_BCRYPT_STRENGTH}).
 *
 * @param bcryptStrength BCrypt's cost, log2 of its rounds, for passwords hashed from now on;
 * stored hashes keep the cost they were made with and still match. The range is BCrypt's own.
 */
@ConfigurationProperties("parley.passwords")
@Validated
record PasswordProperties(@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {

}
