package org.pwckg.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
  static final String M = "urn:metric";

  static Leaderboard.Entry entry(String model, String date, Double value) {
    return new Leaderboard.Entry(
        "urn:" + model,
        model,
        null,
        null,
        date == null ? null : LocalDate.parse(date),
        false,
        value == null ? Map.of() : Map.of(M, new Views.Cell(value, value.toString())),
        List.of());
  }

  @Test
  void equal_values_share_a_rank_and_the_next_rank_skips() {
    List<Leaderboard.Ranked> r =
        Leaderboard.rank(
            List.of(
                entry("a", "2020-01-01", 1.0),
                entry("b", "2019-01-01", 2.0),
                entry("c", "2018-01-01", 2.0)),
            M,
            false,
            null,
            true);
    assertThat(r).extracting(Leaderboard.Ranked::rank).containsExactly(1, 1, 3);
    assertThat(r.get(0).entry().model()).isEqualTo("c");
  }

  @Test
  void rows_with_extra_training_data_can_be_left_out_of_ranking_and_history() {
    Leaderboard.Entry extra =
        new Leaderboard.Entry(
            "urn:x",
            "x",
            null,
            null,
            LocalDate.parse("2019-01-01"),
            true,
            Map.of(M, new Views.Cell(9.0, "9.0")),
            List.of());
    List<Leaderboard.Entry> all = List.of(entry("a", "2018-01-01", 1.0), extra);
    assertThat(Leaderboard.rank(all, M, false, null, false))
        .extracting(r -> r.entry().model())
        .containsExactly("a");
    assertThat(Leaderboard.history(all, M, false, false))
        .extracting(Leaderboard.Entry::model)
        .containsExactly("a");
    assertThat(Leaderboard.rank(all, M, false, null, true).getFirst().entry().model())
        .isEqualTo("x");
  }

  @Test
  void undated_rows_are_left_out_of_an_as_of_ranking() {
    List<Leaderboard.Ranked> r =
        Leaderboard.rank(
            List.of(entry("a", null, 9.0), entry("b", "2019-01-01", 2.0)),
            M,
            false,
            LocalDate.parse("2020-01-01"),
            true);
    assertThat(r).extracting(x -> x.entry().model()).containsExactly("b");
  }

  @Test
  void a_record_must_strictly_beat_the_previous_one() {
    List<Leaderboard.Entry> h =
        Leaderboard.history(
            List.of(
                entry("a", "2018-01-01", 5.0),
                entry("b", "2019-01-01", 5.0),
                entry("c", "2020-01-01", 4.0),
                entry("d", "2021-01-01", 3.0)),
            M,
            true,
            true);
    assertThat(h).extracting(Leaderboard.Entry::model).containsExactly("a", "c", "d");
  }

  @Test
  void only_the_best_of_one_day_can_set_the_record() {
    List<Leaderboard.Entry> h =
        Leaderboard.history(
            List.of(entry("a", "2018-01-01", 5.0), entry("b", "2018-01-01", 7.0)), M, false, true);
    assertThat(h).extracting(Leaderboard.Entry::model).containsExactly("b");
  }
}
