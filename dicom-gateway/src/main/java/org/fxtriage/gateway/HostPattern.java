package org.fxtriage.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One entry of the IP allow-list: a literal address ({@code 10.1.2.3}, {@code ::1}) or a CIDR block
 * ({@code 10.1.0.0/16}). Host names are refused on purpose: a list that depends on DNS at
 * association time is neither fast nor trustworthy.
 */
record HostPattern(byte[] network, int prefixBits) {

    static HostPattern parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        if (address.isEmpty() || !(address.indexOf(':') >= 0 || address.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            throw new ConfigurationException("allowed-hosts: '" + text + "' is not an IP address or CIDR block");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // literal only (checked above): no DNS lookup
        } catch (UnknownHostException e) {
            throw new ConfigurationException("allowed-hosts: '" + text + "' is not an IP address");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new ConfigurationException("allowed-hosts: bad prefix length in '" + text + "'");
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new ConfigurationException("allowed-hosts: bad prefix length in '" + text + "'");
            }
        }
        return new HostPattern(bytes, prefix);
    }

    boolean matches(InetAddress peer) {
        byte[] a = peer.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int bits = prefixBits;
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (network[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
