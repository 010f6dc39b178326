"""Pelican plugin `vejviser.directory`: the directory's pages in every language, in one Pelican run."""

from pelican import signals

from .environment import prepare_environment
from .failure import install_log_filter
from .generator import DirectoryGenerator


def get_generators(pelican):
    return DirectoryGenerator


def register():
    signals.initialized.connect(install_log_filter)
    signals.generator_init.connect(prepare_environment)
    signals.get_generators.connect(get_generators)
