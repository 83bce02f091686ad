<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" readOnly="0" simplifyDrawingHints="1" simplifyLocal="1" minScale="100000000" simplifyDrawingTol="1" labelsEnabled="0" styleCategories="AllStyleCategories" simplifyMaxScale="1" maxScale="0" simplifyAlgorithm="0" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" limitMode="0" endField="" endExpression="" durationField="" enabled="0" durationUnit="min" accumulate="0" startExpression="" startField="" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" symbollevels="0" attr="coalesce(nullif(trim(to_string(&quot;controlled_by&quot;)), ''), '(none)')" enableorderby="0" referencescale="-1" forceraster="0">
    <categories>
      <category value="ukraine_held" label="Ukraine-held" render="true" symbol="0"/>
      <category value="russia_occupied" label="Russia-occupied" render="true" symbol="1"/>
      <category value="contested" label="Contested" render="true" symbol="2"/>
      <category value="(none)" label="Not in any mapped faction's territory" render="true" symbol="3"/>
      <category value="" label="Other" render="true" symbol="4"/>
    </categories>
    <symbols>
      <symbol force_rhr="0" type="marker" clip_to_extent="1" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="7" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="7" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="0,114,178,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="34,34,34,255" type="QString" name="outline_color"/>
            <Option value="0.3" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="6" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="0,114,178,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="34,34,34,255" k="outline_color"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="marker" clip_to_extent="1" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="7" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="7" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="213,94,0,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="34,34,34,255" type="QString" name="outline_color"/>
            <Option value="0.3" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="6" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="213,94,0,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="34,34,34,255" k="outline_color"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="marker" clip_to_extent="1" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="7" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="7" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="153,153,153,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="34,34,34,255" type="QString" name="outline_color"/>
            <Option value="0.3" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="6" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="153,153,153,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="34,34,34,255" k="outline_color"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="marker" clip_to_extent="1" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="7" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="7" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="51,51,51,255" type="QString" name="outline_color"/>
            <Option value="0.3" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="6" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="51,51,51,255" k="outline_color"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" type="marker" clip_to_extent="1" name="4" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="255,255,255,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,255,255,255" type="QString" name="outline_color"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="7" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,255,255,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="7" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SvgMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="0" type="QString" name="angle"/>
            <Option value="176,176,176,255" type="QString" name="color"/>
            <Option value="0" type="QString" name="fixedAspectRatio"/>
            <Option value="1" type="QString" name="horizontal_anchor_point"/>
            <Option value="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" type="QString" name="name"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="34,34,34,255" type="QString" name="outline_color"/>
            <Option value="0.3" type="QString" name="outline_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option name="parameters"/>
            <Option value="diameter" type="QString" name="scale_method"/>
            <Option value="6" type="QString" name="size"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
            <Option value="MM" type="QString" name="size_unit"/>
            <Option value="1" type="QString" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="176,176,176,255" k="color"/>
          <prop v="0" k="fixedAspectRatio"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="base64:PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBTdHJpa2VDaGVjayBzdHJpa2UgbWFya2VyOiBhIHR3ZWx2ZS1wb2ludCBzdGFyYnVyc3QuIFFHSVMgcmVjb2xvdXJzIGl0IHRocm91Z2ggcGFyYW0oZmlsbCksCiAgICAgcGFyYW0ob3V0bGluZSkgYW5kIHBhcmFtKG91dGxpbmUtd2lkdGgpOyB0aGUgZGVmYXVsdHMgYWZ0ZXIgZWFjaCBwYXJhbSgpIGFyZSBmb3Igb3RoZXIgdmlld2Vycy4gLS0+CjxzdmcgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB3aWR0aD0iMTAwIiBoZWlnaHQ9IjEwMCIgdmlld0JveD0iMCAwIDEwMCAxMDAiPgogIDxwYXRoIGQ9Ik0gNTAuMCwzLjAgTCA1Ni4yLDI2LjggTCA3MC4wLDE1LjQgTCA2NC44LDM1LjIgTCA4OS44LDI3LjAgTCA3My4yLDQzLjggTCA4OC4wLDUwLjAKICAgICAgICAgICBMIDcwLjMsNTUuNCBMIDg5LjAsNzIuNSBMIDY3LjAsNjcuMCBMIDcwLjUsODUuNSBMIDU1LjQsNzAuMyBMIDUwLjAsOTcuMCBMIDQzLjgsNzMuMgogICAgICAgICAgIEwgMzAuNSw4My44IEwgMzUuMiw2NC44IEwgMTEuOSw3Mi4wIEwgMjYuOCw1Ni4yIEwgMTAuMCw1MC4wIEwgMjkuNyw0NC42IEwgMTAuMiwyNy4wCiAgICAgICAgICAgTCAzMy4wLDMzLjAgTCAzMS4wLDE3LjEgTCA0NC42LDI5LjcgWiIKICAgICAgICBmaWxsPSJwYXJhbShmaWxsKSAjZTg0MTJjIiBmaWxsLW9wYWNpdHk9InBhcmFtKGZpbGwtb3BhY2l0eSkgMSIKICAgICAgICBzdHJva2U9InBhcmFtKG91dGxpbmUpICMzYjBhMDUiIHN0cm9rZS1vcGFjaXR5PSJwYXJhbShvdXRsaW5lLW9wYWNpdHkpIDEiCiAgICAgICAgc3Ryb2tlLXdpZHRoPSJwYXJhbShvdXRsaW5lLXdpZHRoKSA0IiBzdHJva2UtbGluZWpvaW49Im1pdGVyIi8+Cjwvc3ZnPgo=" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="34,34,34,255" k="outline_color"/>
          <prop v="0.3" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="" k="parameters"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
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
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="controlled_by">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="controlled_by" name=""/>
  </aliases>
  <defaults>
    <default field="controlled_by" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="controlled_by" constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="controlled_by" exp="" desc=""/>
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
