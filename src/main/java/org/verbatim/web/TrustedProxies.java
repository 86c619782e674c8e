package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies whose {@code X-Forwarded-For} is believed: addresses ({@code 127.0.0.1},
 * {@code ::1}) and CIDR ranges ({@code 10.0.0.0/8}). A request from anywhere else is its socket's
 * peer, whatever headers it sends; a request from a trusted proxy is the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Immutable, thread-safe.
 */
final class TrustedProxies {

  private record Range(BigInteger network, int bits, int length) {
    boolean contains(byte[] address) {
      if (address.length != length) {
        return false;
      }
      int shift = length * 8 - bits;
      return new BigInteger(1, address).shiftRight(shift).equals(network.shiftRight(shift));
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  static final TrustedProxies NONE = new TrustedProxies(List.of());

  /**
   * @throws IllegalArgumentException naming an entry that is not an IP address or CIDR range
   */
  static TrustedProxies of(List<String> entries) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : entries) {
      int slash = entry.indexOf('/');
      String host = slash < 0 ? entry : entry.substring(0, slash);
      byte[] address = literal(host);
      if (address == null) {
        throw new IllegalArgumentException("web.trusted-proxies: '" + entry
            + "' is not an IP address or a CIDR range such as 10.0.0.0/8");
      }
      int bits = address.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          bits = -1;
        }
        if (bits < 0 || bits > address.length * 8) {
          throw new IllegalArgumentException("web.trusted-proxies: the prefix of '" + entry
              + "' must be from 0 to " + address.length * 8);
        }
      }
      ranges.add(new Range(new BigInteger(1, address), bits, address.length));
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  /** Whether {@code address} (an IP address as text) is a trusted proxy. */
  boolean trusts(String address) {
    byte[] bytes = literal(address);
    return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
  }

  /** The client's address: see the class comment. */
  String client(ServerRequest req) {
    String peer = req.remotePeer().address() instanceof java.net.InetSocketAddress socket
        ? socket.getAddress().getHostAddress() : req.remotePeer().host();
    if (!trusts(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : req.headers().all(HeaderNames.X_FORWARDED_FOR, List::of)) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = hops.get(i);
      if (!trusts(client)) {
        break;
      }
    }
    return client;
  }

  /** The bytes of an IP address literal, or null when {@code text} is not one (no name lookup). */
  private static byte[] literal(String text) {
    String host = text.startsWith("[") && text.endsWith("]")
        ? text.substring(1, text.length() - 1) : text;
    if (!host.matches("[0-9.]+") && !(host.contains(":") && host.matches("[0-9A-Fa-f:.%a-z]+"))) {
      return null; // InetAddress would look a name up
    }
    try {
      byte[] bytes = InetAddress.getByName(host).getAddress();
      if (bytes.length == 16 && isMappedV4(bytes)) {
        return java.util.Arrays.copyOfRange(bytes, 12, 16);
      }
      return bytes;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }
}
