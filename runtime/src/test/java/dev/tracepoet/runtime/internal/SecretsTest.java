package dev.tracepoet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void secretNames() {
    for (String name : List.of("api_key", "apiKey", "API-KEY", "x-api-key", "vendor_api_key", "openai.api_key",
        "token", "access_token", "refreshToken", "secret", "client_secret", "password", "db.passwd",
        "authorization", "Proxy-Authorization", "credentials", "aws_credential_file")) {
      assertTrue(Secrets.isSecretName(name), name);
    }
  }

  @Test
  void tokenCountsAndOrdinaryNamesAreNotSecret() {
    for (String name : List.of("max_tokens", "total_tokens", "prompt_tokens", "maxTokens", "model", "key",
        "keys", "tokenizer", "user", "secretary_name", "passwords_count", "")) {
      assertFalse(Secrets.isSecretName(name), name);
    }
    assertFalse(Secrets.isSecretName(null));
  }

  @Test
  void keySegments() {
    assertTrue(Secrets.hasSecretSegment("openai.request.vendor_api_key"));
    assertTrue(Secrets.hasSecretSegment("openai.request.headers.authorization"));
    assertFalse(Secrets.hasSecretSegment("openai.request.max_tokens"));
    assertFalse(Secrets.hasSecretSegment("openai.request.metadata"));
  }

  @Test
  void credentialLookingValues() {
    assertTrue(Secrets.looksLikeCredential("sk-proj-abcdefgh1234"));
    assertTrue(Secrets.looksLikeCredential("Bearer eyJhbGciOiJIUzI1NiJ9.abc"));
    assertTrue(Secrets.looksLikeCredential("bearer abcdefgh1234"));
    assertTrue(Secrets.looksLikeCredential("Basic dXNlcjpwYXNzd29yZA=="));
    assertFalse(Secrets.looksLikeCredential("Basic plan"));
    assertFalse(Secrets.looksLikeCredential("Basic subscription"));
    assertFalse(Secrets.looksLikeCredential("Bearer responsibility"));
    assertTrue(Secrets.looksLikeCredential("Bearer AbCdEfGhIjKl"));
    assertFalse(Secrets.looksLikeCredential("Bearer of bad news today"));
    assertFalse(Secrets.looksLikeCredential("sketch of a plan"));
    assertFalse(Secrets.looksLikeCredential("sk-short"));
    assertFalse(Secrets.looksLikeCredential("hello world"));
  }

  @Test
  void masks() {
    assertEquals("sk-...1234", Secrets.mask("sk-proj-abcdefgh1234"));
    assertEquals("sk-...", Secrets.mask("abc"));
    assertEquals("Bearer ...e1f2", Secrets.mask("Bearer abcdefghe1f2"));
    assertEquals("Basic ...ZA==", Secrets.mask("Basic dXNlcjpwYXNzd29yZA=="));
    assertEquals("Bearer ...", Secrets.mask("Bearer abcdefg"));
  }

  @Test
  void scrubMasksCredentialsInsideText() {
    String text = "401: invalid key sk-proj-abcdefgh1234 (header Authorization: Bearer abcdefghijkl9876)";
    assertEquals("401: invalid key sk-...1234 (header Authorization: Bearer ...9876)", Secrets.scrub(text));
    assertEquals("Upgrade from Basic subscription", Secrets.scrub("Upgrade from Basic subscription"));
    String plain = "connection reset by peer";
    assertSame(plain, Secrets.scrub(plain));
    assertEquals(null, Secrets.scrub(null));
  }
}
