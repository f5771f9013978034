// Set 10's network-sensor and host documents, each written from its tool's own layout: Zeek conn,
// dhcp and http logs (tab-separated with #fields/#types headers), Suricata eve.json alerts, Windows
// `ipconfig /all`, BSD/Linux `ifconfig`, btmon HCI traces, UniFi controller events and Kismet probe logs.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Piece, type Unit } from '../pii-heldout4/unit.js';
import { negative as n } from './negatives.js';
import { email, handle, ip, mac, person } from './values.js';

const TAB = '\t';

function zeekHeader(path: string, fields: string[], types: string[]): string {
  return ['#separator \\x09', '#set_separator\t,', '#empty_field\t(empty)', '#unset_field\t-', `#path\t${path}`, '#open\t2026-12-06-08-00-00', `#fields\t${fields.join(TAB)}`, `#types\t${types.join(TAB)}`].join('\n') + '\n';
}

/** Appends a tab-separated row of pieces and literal cells, ending in a line feed. */
function row(d: Doc, cells: Array<string | Piece>): void {
  cells.forEach((c, i) => d.add(...(i ? [TAB, c] : [c])));
  d.add('\n');
}

function zeekConn(rng: Rng): Unit {
  const d = new Doc().add(zeekHeader('conn', ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'service', 'duration', 'orig_bytes', 'resp_bytes', 'conn_state'], ['time', 'string', 'addr', 'port', 'addr', 'port', 'enum', 'string', 'interval', 'count', 'count', 'string']));
  for (let i = rng.int(2, 4); i > 0; i--) {
    row(d, [n(rng, 'zeek-ts'), n(rng, 'zeek-uid'), ip(rng, rng.pick(['v4-private', 'v6-link-local'] as const)), n(rng, 'port-number'), ip(rng, 'v4'), rng.pick(['443', '53', '22']), rng.pick(['tcp', 'udp']), rng.pick(['ssl', 'dns', '-']), `${rng.int(0, 90)}.${rng.digits(6)}`, n(rng, 'byte-count'), n(rng, 'byte-count'), rng.pick(['SF', 'S0', 'RSTO', 'SH'])]);
  }
  return d.add('#close\t2026-12-06-09-00-00\n').unit();
}

function zeekDhcp(rng: Rng): Unit {
  const d = new Doc().add(zeekHeader('dhcp', ['ts', 'uids', 'client_addr', 'server_addr', 'mac', 'host_name', 'domain', 'assigned_addr', 'lease_time', 'msg_types', 'trans_id'], ['time', 'set[string]', 'addr', 'addr', 'string', 'string', 'string', 'addr', 'interval', 'vector[string]', 'count']));
  for (let i = rng.int(2, 3); i > 0; i--) {
    row(d, [n(rng, 'zeek-ts'), n(rng, 'zeek-uid'), ip(rng, 'v4-private'), ip(rng, 'v4-private'), mac(rng, 'colon'), rng.pick(['android-', 'DESKTOP-', 'iPad-']) + handle(rng, 5), 'corp.lan', ip(rng, 'v4-private'), '86400.000000', 'DISCOVER,OFFER,REQUEST,ACK', n(rng, 'byte-count')]);
  }
  return d.unit();
}

function zeekHttp(rng: Rng): Unit {
  const d = new Doc().add(zeekHeader('http', ['ts', 'uid', 'id.orig_h', 'id.resp_h', 'method', 'host', 'uri', 'user_agent', 'status_code', 'resp_mime_types'], ['time', 'string', 'addr', 'addr', 'string', 'string', 'string', 'string', 'count', 'vector[string]']));
  for (let i = rng.int(1, 3); i > 0; i--) {
    const uri: Array<string | Piece> = rng.chance(0.5) ? ['/account/reset?email=', email(rng, 'plain'), '&lang=de'] : ['/api/v2/newsletter/unsubscribe?user=', email(rng, 'plus')];
    d.add(n(rng, 'zeek-ts'), TAB, n(rng, 'zeek-uid'), TAB, ip(rng, 'v4'), TAB, ip(rng, 'v4'), TAB, 'GET', TAB, 'shop.example.net', TAB, ...uri, TAB);
    d.add(`Mozilla/5.0 (Windows NT `, n(rng, 'version-four-part'), `; Win64; x64)`, TAB, '200', TAB, 'text/html\n');
  }
  return d.unit();
}

function suricataEve(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.add('{"timestamp":"2026-12-06T', `${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}.${rng.digits(6)}+0100","flow_id":`, n(rng, 'suricata-flow-id'), ',"in_iface":"enp3s0","event_type":"alert","src_ip":"', ip(rng, 'v4'), '","src_port":', n(rng, 'port-number'));
    d.add(',"dest_ip":"', ip(rng, rng.pick(['v4-private', 'v6-compressed'] as const)), '","dest_port":443,"proto":"TCP","ether":{"src_mac":"', mac(rng, 'colon'), '","dest_mac":"', mac(rng, 'colon'), '"},"alert":{"action":"allowed","gid":1,"signature_id":', n(rng, 'suricata-signature-id'));
    d.add(`,"rev":${rng.int(1, 9)},"signature":"ET POLICY Possible External IP Lookup","category":"Device Retrieving External IP Address Detected","severity":2}}\n`);
  }
  return d.unit();
}

function ipconfigAll(rng: Rng): Unit {
  const d = new Doc().add('\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : LAPTOP-', handle(rng, 6).toUpperCase(), '\r\n   Primary Dns Suffix  . . . . . . . : corp.example.org\r\n   Node Type . . . . . . . . . . . . : Hybrid\r\n\r\n');
  d.add('Wireless LAN adapter Wi-Fi:\r\n\r\n   Description . . . . . . . . . . . : Intel(R) Wi-Fi 6E AX211 160MHz\r\n   Physical Address. . . . . . . . . : ', mac(rng, 'dash'), '\r\n   DHCP Enabled. . . . . . . . . . . : Yes\r\n');
  d.add('   Link-local IPv6 Address . . . . . : ', ip(rng, 'v6-zone'), '(Preferred)\r\n   IPv4 Address. . . . . . . . . . . : ', ip(rng, 'v4-private'), '(Preferred)\r\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\r\n');
  d.add('   Lease Obtained. . . . . . . . . . : Sunday, 6 December 2026 08:14:02\r\n   DHCPv6 IAID . . . . . . . . . . . : ', n(rng, 'byte-count'), '\r\n');
  return d.add('   DNS Servers . . . . . . . . . . . : ', ip(rng, 'v4'), '\r\n   NetBIOS over Tcpip. . . . . . . . : Enabled\r\n').unit();
}

function ifconfig(rng: Rng): Unit {
  const d = new Doc().add(`${rng.pick(['en0', 'wlp2s0', 'eth0'])}: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet `, ip(rng, 'v4-private'), '  netmask 255.255.255.0  broadcast 192.168.1.255\n        inet6 ', ip(rng, 'v6-link-local'), '  prefixlen 64  scopeid 0x20<link>\n');
  d.add('        inet6 ', ip(rng, 'v6-compressed'), '  prefixlen 64  scopeid 0x0<global>\n        ether ', mac(rng, 'colon'), '  txqueuelen 1000  (Ethernet)\n');
  return d.add('        RX packets ', n(rng, 'byte-count'), '  bytes ', n(rng, 'byte-count'), '\n        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n').unit();
}

function btmon(rng: Rng): Unit {
  const d = new Doc().add('Bluetooth monitor ver 5.72\n= Note: Linux version 6.8.0-49-generic (x86_64)\n= New Index: ', mac(rng, 'colon-upper'), ' (Primary,USB,hci0)\n');
  d.add(`> HCI Event: LE Meta Event (0x3e) plen 43                 #${rng.int(10, 999)} [hci0] 12:0${rng.int(0, 9)}:11.${rng.digits(6)}\n      LE Advertising Report (0x02)\n        Num reports: 1\n        Event type: Connectable undirected - ADV_IND (0x00)\n        Address type: Public (0x00)\n        Address: `, mac(rng, 'colon-upper'), ' (OUI ', n(rng, 'mac-oui-prefix'), ')\n');
  d.add('        Company: Apple, Inc. (', n(rng, 'bluetooth-company-id'), ')\n        RSSI: ', n(rng, 'rssi-dbm'), ' dBm (0xb3)\n< HCI Command: LE Create Connection (0x08|0x000d) plen 25\n        Peer address: ', mac(rng, 'colon-upper'), '\n');
  return d.add('> HCI Event: Disconnect Complete (0x05) plen 4\n        Handle: ', n(rng, 'bluetooth-handle'), '\n        Reason: Remote User Terminated Connection (0x13)\n').unit();
}

function unifiEvents(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(2, 3); i > 0; i--) {
    const who = person(rng, 'latin');
    d.add(`${rng.pick(['EVT_WU_Connected', 'EVT_WU_Roam', 'EVT_WU_Disconnected'])} `, n(rng, 'iso-timestamp'), ' User[', mac(rng, 'colon'), '] (', who, "'s iPhone) has connected to AP[", mac(rng, 'colon'), '] with SSID "Guest" on "channel ', String(rng.int(1, 11)), '(ng)" ip ', ip(rng, 'v4-private'), '\n');
  }
  d.add('Meraki: client ', mac(rng, 'cisco-dot'), ' associated, band 5 GHz, freq ', n(rng, 'wifi-frequency'), ' MHz; DHCP ACK xid ', n(rng, 'dhcp-xid'), '\n');
  return d.add('snmptrap: linkDown ifIndex ', n(rng, 'snmp-oid'), ' = INTEGER: ', String(rng.int(1, 48)), '\n').unit();
}

function kismetProbes(rng: Rng): Unit {
  const d = new Doc().add('# kismet devices export, probe requests\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    d.add('DEVICE ', mac(rng, 'colon-upper'), ' phy=IEEE802.11 type=Wi-Fi Client first=', n(rng, 'zeek-ts', 'epoch-frac'), ' probe_ssid="', rng.pick(['eduroam', 'Vodafone-Homespot', 'FRITZ!Box 7590', 'HUAWEI-5G']), '" freq=', n(rng, 'wifi-frequency'), ' signal=', n(rng, 'rssi-dbm'), '\n');
  }
  return d.unit();
}

export const NETWORK_SOURCES10: Record<string, (rng: Rng) => Unit> = {
  'zeek-conn': zeekConn, 'zeek-dhcp': zeekDhcp, 'zeek-http': zeekHttp, 'suricata-eve': suricataEve, 'ipconfig-all': ipconfigAll, ifconfig, btmon, 'unifi-meraki-events': unifiEvents, 'kismet-probes': kismetProbes,
};
