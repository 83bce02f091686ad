<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" startField="" durationField="" enabled="0" endExpression="" startExpression="" durationUnit="min" fixedDuration="0" accumulate="0" mode="0" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" referencescale="-1" enableorderby="0" attr="coalesce(nullif(trim(to_string(&quot;controlled_by&quot;)), ''), '(none)')" forceraster="0" symbollevels="0">
    <categories>
      <category symbol="0" value="ukraine_held" render="true" label="Ukraine-held"/>
      <category symbol="1" value="russia_occupied" render="true" label="Russia-occupied"/>
      <category symbol="2" value="contested" render="true" label="Contested"/>
      <category symbol="3" value="(none)" render="true" label="Not in any mapped faction's territory"/>
      <category symbol="4" value="" render="true" label="Other"/>
    </categories>
    <symbols>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="26,26,26,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="26,26,26,255"/>
            <Option type="QString" name="outline_width" value="1.08"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="26,26,26,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_width" v="1.08"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_width" value="0.78"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
          <prop k="outline_width" v="0.78"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="0,114,178,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="34,34,34,255"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="6"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="0,114,178,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="26,26,26,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="26,26,26,255"/>
            <Option type="QString" name="outline_width" value="1.08"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="26,26,26,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_width" v="1.08"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_width" value="0.78"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
          <prop k="outline_width" v="0.78"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="213,94,0,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="34,34,34,255"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="6"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="213,94,0,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="26,26,26,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="26,26,26,255"/>
            <Option type="QString" name="outline_width" value="1.08"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="26,26,26,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_width" v="1.08"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_width" value="0.78"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
          <prop k="outline_width" v="0.78"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="153,153,153,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="34,34,34,255"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="6"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="153,153,153,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="26,26,26,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="26,26,26,255"/>
            <Option type="QString" name="outline_width" value="1.08"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="26,26,26,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_width" v="1.08"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_width" value="0.78"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
          <prop k="outline_width" v="0.78"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="51,51,51,255"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="6"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="26,26,26,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="26,26,26,255"/>
            <Option type="QString" name="outline_width" value="1.08"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="26,26,26,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_width" v="1.08"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="255,255,255,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_width" value="0.78"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="7.02"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
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
          <prop k="outline_width" v="0.78"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="parameters" v=""/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="7.02"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="color" value="176,176,176,255"/>
            <Option type="QString" name="fixedAspectRatio" value="0"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="name" value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="34,34,34,255"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option name="parameters"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="6"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="color" v="176,176,176,255"/>
          <prop k="fixedAspectRatio" v="0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="name" v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo="/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="34,34,34,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
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
    <field name="controlled_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="controlled_by" index="0"/>
  </aliases>
  <defaults>
    <default expression="" field="controlled_by" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="controlled_by" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="controlled_by" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
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
