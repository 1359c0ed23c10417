package org.pwckg.bench.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Damages to a whole dump file holding one good paper record. */
enum FileDamage {
  /** The file ends inside its second record. */
  TRUNCATED {
    @Override
    Damaged write(Path folder, String name, ObjectNode good, int i, Random random)
        throws IOException {
      byte[] cut = RecordDamage.truncated(Corruptions.copy(good, "-cut"), random.nextInt(1 << 20));
      byte[] whole = DumpWriter.array(List.of(DumpWriter.json(good), cut));
      // The array without its closing bracket: everything after the cut record is gone.
      int end = whole.length - "\n]\n".length();
      DumpWriter.write(folder.resolve(name + ".json"), Corruptions.prefix(whole, end));
      return new Damaged(name + ".json", 1, true);
    }
  },
  /** A second array, stray text or an object after the top-level array. */
  TRAILING {
    @Override
    Damaged write(Path folder, String name, ObjectNode good, int i, Random random)
        throws IOException {
      String[] tails = {"[{\"paper_url\": \"x\"}]", "garbage after the array", "{\"a\": 1}", "]"};
      byte[] array = DumpWriter.array(List.of(DumpWriter.json(good)));
      byte[] tail = Corruptions.utf8(tails[i % tails.length]);
      byte[] all = Corruptions.prefix(array, array.length + tail.length);
      System.arraycopy(tail, 0, all, array.length, tail.length);
      DumpWriter.write(folder.resolve(name + ".json"), all);
      return new Damaged(name + ".json", 1, true);
    }
  },
  /** A gzip file without its 8-byte trailer, or with a wrong CRC-32 in it. */
  TRAILER {
    @Override
    Damaged write(Path folder, String name, ObjectNode good, int i, Random random)
        throws IOException {
      byte[] gz = DumpWriter.gzip(DumpWriter.array(List.of(DumpWriter.json(good))));
      if (i % 2 == 0) gz = Corruptions.prefix(gz, gz.length - 8);
      else gz[gz.length - 8] ^= (byte) 0xFF;
      DumpWriter.write(folder.resolve(name + ".json.gz"), gz);
      return new Damaged(name + ".json.gz", 1, true);
    }
  },
  /** Not gzip (named .gz), not an array, 0 bytes, UTF-16, gzip named .json: nothing is read. */
  WHOLE_FILE {
    @Override
    Damaged write(Path folder, String name, ObjectNode good, int i, Random random)
        throws IOException {
      byte[] array = DumpWriter.array(List.of(DumpWriter.json(good)));
      String file = name + (i % 5 == 0 ? ".json.gz" : ".json");
      byte[] bytes =
          switch (i % 5) {
            case 0 -> array;
            case 1 -> DumpWriter.json(good);
            case 2 -> new byte[0];
            case 3 ->
                ("\uFEFF" + new String(array, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_16LE);
            default -> DumpWriter.gzip(array);
          };
      DumpWriter.write(folder.resolve(file), bytes);
      return new Damaged(file, 0, false);
    }
  };

  /** The file written, the record the damage is reported at, and whether its good paper is kept. */
  record Damaged(String file, long record, boolean goodKept) {}

  abstract Damaged write(Path folder, String name, ObjectNode good, int i, Random random)
      throws IOException;
}
