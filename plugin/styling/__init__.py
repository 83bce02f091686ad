"""Symbology for StrikeCheck layers: ISW-like renderers and labels built from faction presets."""
