class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin, name="alpha-plugin"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
