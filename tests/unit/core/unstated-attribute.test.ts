// The memory check's question of attributes with a shape of their own (src/core/unstated-attribute.ts):
// a MAC address, a host's name, a plate, a date of birth, a version, a licence key, a fax number, a
// power or a computer's memory asked over a quote that neither names it nor writes anything of its
// shape is not in memory; its own word or any value of its shape states it. Wordings of writers who
// never saw the rule (training/recall/guard.py writers 130, 131, 132, 135, 137, 14, 10).
import { describe, expect, it } from 'vitest';
import { unstatedAttribute } from '../../../src/core/unstated-attribute';
import { unstatedQuantityReply } from '../../../src/core/unstated-quantity';

describe('unstatedAttribute', () => {
  it('finds the attribute asked that the quote neither names nor writes', () => {
    const inventory = 'lv-db-02      Postgres     10.20.0.34   Ubuntu 22.04';
    expect(unstatedAttribute('The MAC address of the lv-db-02 server is', inventory)).toBe('MAC address');
    const client = '# dcs_config.py - departure control client\nDCS_CLIENT_VERSION = "7.3.14"\nCHECKIN_OPEN_MIN = 120';
    expect(unstatedAttribute('The hostname of the departure control server is', client)).toBe('host name');
    const text =
      "[SMS 21:07] Dale: heads up - follow-me tonight is the yellow van, FM2. The orange one's in the workshop.";
    expect(unstatedAttribute('The registration plate of the orange follow-me van is', text)).toBe('registration plate');
    const passes =
      "INSERT INTO airside_passes (holder, pass_no, expiry)\nVALUES ('Gwen Althorpe', 'ASP-30917', '2025-01-31');";
    expect(unstatedAttribute('The date of birth recorded for Gwen Althorpe is', passes)).toBe('date of birth');
    const log = '2024-06-11T08:02:17Z WARN bilge_sensor boat=Whimbrel unit_serial=BX7-220-QT level=HIGH pump=auto_on';
    expect(unstatedAttribute("The firmware version running on Whimbrel's bilge sensor is", log)).toBe('version');
    const pip = '# on the office laptop\n$ pip install --upgrade tillerlog==2.14.7\n$ tillerlog sync --fleet wrenbrook';
    expect(unstatedAttribute('What licence key does the office use to activate tillerlog?', pip)).toBe('licence key');
    const sql =
      "INSERT INTO pharmacy_contacts (name, phone, email)\nVALUES ('Hollins Pharmacy', '01632 960417', 'r@hp.example');";
    expect(unstatedAttribute('What is the fax number for Hollins Pharmacy?', sql)).toBe('fax number');
    const boats = 'boat_name,length,berths,home_base\nKingfisher Lass,57 ft,6,Copperhill Basin';
    expect(unstatedAttribute('What horsepower is the engine fitted in Kingfisher Lass?', boats)).toBe('power');
    const deploy = '# deploy/staging.yml\napp:\n  name: parcel-tracker\n  port: 8743\n  workers: 4';
    expect(unstatedAttribute('How much memory is the parcel-tracker staging app allowed to use?', deploy)).toBe(
      'memory size',
    );
  });

  it("errs toward stated: the attribute's word, a short form, or a value of its shape", () => {
    expect(unstatedAttribute('The MAC address of the router is', 'router  3c:22:fb:9a:01:7e  10.0.0.1')).toBeNull();
    expect(unstatedAttribute('The hostname of the replica is', 'replica: pg-replica-03.kestrel.internal')).toBeNull();
    expect(unstatedAttribute('The hostname of the box is', 'web01 (host) in rack B')).toBeNull();
    expect(unstatedAttribute("What's the plate on the courier van?", 'Van KX19 RTU arrived 08:10')).toBeNull();
    expect(unstatedAttribute("What's the plate on the courier van?", 'Courier van, reg on the docket')).toBeNull();
    expect(unstatedAttribute("What is Mia's date of birth?", 'Mia Okoro, born 3 March 2015')).toBeNull();
    expect(unstatedAttribute("What is Mia's date of birth?", 'Name: Mia Okoro | DOB: 03/03/2015')).toBeNull();
    expect(unstatedAttribute('Which firmware version is the hub on?', 'Hub updated to 4.11.2 overnight')).toBeNull();
    expect(unstatedAttribute('Which firmware version is the hub on?', 'hub: build 2291, updated Monday')).toBeNull();
    expect(unstatedAttribute('What is the licence key for the CAD suite?', 'CAD suite: KX4T9-99QAB-7LM2P')).toBeNull();
    expect(
      unstatedAttribute('What is the fax number for the surgery?', 'Tel 01632 960 448, Fax 01632 960 449'),
    ).toBeNull();
    expect(
      unstatedAttribute('What horsepower is the engine?', 'Engine: Beta 43, 43 hp, fresh-water cooled'),
    ).toBeNull();
    expect(unstatedAttribute('How much memory is the cache allowed?', 'redis:\n  maxmemory: 512mb')).toBeNull();
    expect(unstatedAttribute('How much memory is the cache allowed?', 'limits:\n  ram: 2G')).toBeNull();
  });

  it('asks nothing of a word that only looks like one', () => {
    // (a telescope called a "Dob", a birthday lunch's place, a paper version, the billing software's name)
    expect(
      unstatedAttribute('What are we supposed to call the big 14" Dob since the vote?', 'no dates here'),
    ).toBeNull();
    expect(unstatedAttribute("Where did we book for Grandad's eightieth birthday lunch?", 'The Swan, 1pm')).toBeNull();
    expect(
      unstatedAttribute('The signed paper version of the certificate goes to', 'Post it to the client'),
    ).toBeNull();
    expect(unstatedAttribute('What did Idris call the in-house billing software?', 'Quillfeather')).toBeNull();
  });

  it('answers absent through the memory check', () => {
    const passes =
      "INSERT INTO airside_passes (holder, pass_no, expiry)\nVALUES ('Gwen Althorpe', 'ASP-30917', '2025-01-31');";
    expect(unstatedQuantityReply('The date of birth recorded for Gwen Althorpe is', passes, ['Gwen', 'Althorpe'])).toBe(
      "I don't know: what I was given mentions “Gwen” and “Althorpe” but states no date of birth for what you asked.",
    );
  });
});
