package com.starlightdesk.data.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps and unwraps the store's data key for one user: PBKDF2-HMAC-SHA256 (600,000 iterations, 16-byte
 * salt) derives a 256-bit key from the password; AES-256-GCM (12-byte nonce) encrypts the data key with
 * the practice and user ids as associated data, so a slot cannot be moved to another user or store.
 * Stateless and thread-safe.
 */
final class KeyWrapping {
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private KeyWrapping() {
    }

    static KeySlot wrap(byte[] dataKey, UUID practiceId, UUID userId, String email, char[] password) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        byte[] kek = derive(password, salt, ITERATIONS);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(aad(practiceId, userId));
            byte[] wrapped = gcm.doFinal(dataKey);
            return new KeySlot(userId, email, KDF, ITERATIONS, B64.encodeToString(salt), B64.encodeToString(nonce), B64.encodeToString(wrapped),
                    false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The data key, or null when the password is wrong. */
    static byte[] unwrap(KeySlot slot, UUID practiceId, char[] password) {
        if (!KDF.equals(slot.kdf()) || slot.iterations() < ITERATIONS) {
            throw new IllegalStateException("Key slot uses an unsupported key derivation");
        }
        byte[] kek = derive(password, B64D.decode(slot.salt()), slot.iterations());
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, B64D.decode(slot.nonce())));
            gcm.updateAAD(aad(practiceId, slot.userId()));
            return gcm.doFinal(B64D.decode(slot.wrappedKey()));
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] aad(UUID practiceId, UUID userId) {
        ByteBuffer b = ByteBuffer.allocate(32 + 9);
        b.put("starlight".getBytes(StandardCharsets.US_ASCII));
        b.putLong(practiceId.getMostSignificantBits()).putLong(practiceId.getLeastSignificantBits());
        b.putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits());
        return b.array();
    }
}
