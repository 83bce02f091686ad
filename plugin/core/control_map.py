"""The control map as the analysis reads it: its features, their faction members, snapshots."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .codes import member_codes
from .timeline import choose_snapshots, snapshot_members


def members(codes):
    """Feature index and code of every member: a mixed code 'a+b' is territory of a and b."""
    index, found = [], []
    for i, code in enumerate(codes):
        for member in member_codes(code):
            index.append(i)
            found.append(member)
    return np.asarray(index, dtype=np.int64), np.asarray(found, dtype=object)


@dataclass
class ControlMembers:
    """The control map's features, and its members: a mixed code's feature is one per member."""

    geometries: np.ndarray  # object: one shapely geometry per control feature
    present: np.ndarray  # bool: the feature has a non-empty geometry
    invalid: np.ndarray  # bool: present but invalid (repaired in memory)
    days: np.ndarray  # float: each feature's snapshot day, NaN for undated features
    owner: np.ndarray  # per member (of present features): its feature's index
    member: np.ndarray  # object: per member, its faction code

    @classmethod
    def read(cls, codes, geometries, control_days):
        geometries = np.asarray(list(geometries), dtype=object)
        present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        invalid = present & ~shapely.is_valid(np.where(present, geometries, None))
        owner, member = members(codes)
        keep = present[owner]
        days = (
            np.full(len(geometries), np.nan)
            if control_days is None
            else np.asarray(control_days, dtype=float)
        )
        return cls(geometries, present, invalid, days, owner[keep], member[keep])

    @property
    def dated(self):
        """Whether any member has a day: a map in time, else one static map."""
        return bool(np.isfinite(self.days[self.owner]).any())

    def choose_snapshots(self, n_features, strike_days, rule):
        """The snapshot each strike feature is measured against (timeline.choose_snapshots)."""
        if strike_days is None:
            sdays = np.full(n_features, np.nan)
        else:
            sdays = np.asarray(strike_days, float)
        member_days = self.days[self.owner]
        dated = np.isfinite(member_days)
        if dated.any():
            return choose_snapshots(sdays, member_days[dated], rule)
        # One static map: everyone is measured against it.
        choice = choose_snapshots(np.zeros(n_features), [0.0], rule)
        choice.note[:] = None
        return choice

    def in_snapshot(self, day):
        """bool per member: part of the map on `day` (every member of a static map)."""
        if self.dated:
            return snapshot_members(self.days[self.owner], day)
        return np.ones(self.owner.size, bool)


def snapshot_rows(choice, groups, part_feature):
    """(snapshot, its strike parts, its strike features) for each snapshot in `groups`."""
    part_group = choice.index[part_feature] if part_feature.size else part_feature
    order = np.argsort(part_group, kind="stable")
    sorted_groups = part_group[order]
    feature_rows = np.argsort(choice.index, kind="stable")
    feature_groups = choice.index[feature_rows]
    for g in groups:
        parts = order[
            np.searchsorted(sorted_groups, g) : np.searchsorted(sorted_groups, g, "right")
        ]
        feats = feature_rows[
            np.searchsorted(feature_groups, g) : np.searchsorted(feature_groups, g, "right")
        ]
        yield g, parts, feats
