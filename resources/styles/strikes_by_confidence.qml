<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" version="3.22.16-Białowieża" simplifyDrawingTol="1" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" minScale="100000000" readOnly="0" maxScale="0" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" startField="" durationField="" fixedDuration="0" mode="0" durationUnit="min" accumulate="0" endField="" endExpression="" startExpression="" limitMode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 referencescale="-1" symbollevels="0" attr="CASE WHEN lower(trim(to_string(&quot;confidence&quot;))) IN ('high', 'low') THEN lower(trim(to_string(&quot;confidence&quot;))) ELSE 'unrated' END" enableorderby="0" type="categorizedSymbol" forceraster="0">
    <categories>
      <category symbol="0" render="true" label="High-Confidence reporting" value="high"/>
      <category symbol="1" render="true" label="Low-Confidence reporting" value="low"/>
      <category symbol="2" render="true" label="Reported strike (confidence not rated)" value="unrated"/>
    </categories>
    <symbols>
      <symbol name="0" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="215,38,30,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="74,8,5,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="215,38,30,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="74,8,5,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="215,38,30,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="215,38,30,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" alpha="1" clip_to_extent="1" force_rhr="0" type="marker">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="255,255,255,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="255,255,255,255"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="7"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" pass="0" class="SvgMarker" locked="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="0"/>
            <Option name="color" type="QString" value="240,140,30,255"/>
            <Option name="fixedAspectRatio" type="QString" value="0"/>
            <Option name="horizontal_anchor_point" type="QString" value="1"/>
            <Option name="name" type="QString" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="74,35,5,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="parameters"/>
            <Option name="scale_method" type="QString" value="diameter"/>
            <Option name="size" type="QString" value="6"/>
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="size_unit" type="QString" value="MM"/>
            <Option name="vertical_anchor_point" type="QString" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="240,140,30,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="74,35,5,255"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="6"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="confidence" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="confidence" name="" index="0"/>
  </aliases>
  <defaults>
    <default field="confidence" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="confidence" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="confidence" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
